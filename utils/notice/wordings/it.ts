import { ageBound, countPattern, type NoticeWording } from './types';

const COUNTS = { un: 1, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10 };
const COUNT = countPattern(COUNTS);
const UNIT = '(ann[oi]|mes[ei])';

/** Italian wordings. */
export const IT: readonly NoticeWording[] = [
  {
    kind: 'age-label',
    pattern: new RegExp(`^Questo articolo (?:è stato pubblicato |ha )più di ${COUNT} ${UNIT}`, 'i'),
    stated: ageBound(COUNTS, /^ann/i),
    cue: 'questo articolo',
    examples: [
      {
        text: 'Questo articolo è stato pubblicato più di un anno fa: le informazioni potrebbero non essere aggiornate.',
        statedAge: { minYears: 1 },
        seen: 'the notice text of an Italian news CMS\'s "Avviso articoli datati" extension (public source on GitHub)',
      },
      { text: 'Questo articolo ha più di un anno', statedAge: { minYears: 1 }, seen: 'the same extension\'s description of its notice' },
    ],
  },
];
