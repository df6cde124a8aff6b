import { ageBound, countPattern, type NoticeWording } from './types';

const COUNTS = { ein: 1, einem: 1, einen: 1, eine: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10 };
const COUNT = countPattern(COUNTS);
const UNIT = '(jahre?n?|monate?n?)';

/** German wordings. */
export const DE: readonly NoticeWording[] = [
  {
    kind: 'age-label',
    pattern: new RegExp(`^Dieser (?:Artikel|Beitrag|Text) ist (?:mehr als|über|älter als) ${COUNT} ${UNIT}(?: alt)?`, 'i'),
    stated: ageBound(COUNTS, /^jahr/i),
    cue: 'dieser (?:artikel|beitrag|text)',
    examples: [
      { text: 'Dieser Artikel ist älter als ein Jahr', statedAge: { minYears: 1 }, seen: 'kept from the earlier notice tests (page not recorded)' },
      { text: 'Dieser Artikel ist über ein Jahr alt', statedAge: { minYears: 1 }, seen: 'issue 13: passed the old pre-scan, never found' },
    ],
  },
  {
    kind: 'archived',
    // A bare "Archiv:" is a heading over a list of links (as on a wine institute's news page in corpus-wide): a label needs its statement.
    pattern: /^(?:Dieser (?:Artikel|Beitrag) stammt aus dem Archiv|Archiv(?:artikel)?\s*:\s*\S)/i,
    cue: 'archiv',
    examples: [{ text: 'Dieser Artikel stammt aus dem Archiv', seen: 'kept from the earlier notice tests (page not recorded)' }],
  },
];
