import { ageBound, countPattern, type NoticeWording } from './types';

const COUNTS = { een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10 };
const COUNT = countPattern(COUNTS);
const UNIT = '(jaar|jaren|maanden?)';

/** Dutch wordings. */
export const NL: readonly NoticeWording[] = [
  {
    kind: 'age-label',
    pattern: new RegExp(`^Dit artikel is meer dan ${COUNT} ${UNIT} (?:oud|niet bijgewerkt)`, 'i'),
    stated: ageBound(COUNTS, /^jaar/i),
    cue: 'dit artikel',
    examples: [
      {
        text: 'Let op: dit artikel is meer dan 3 jaar niet bijgewerkt en kan verouderde informatie bevatten.',
        statedAge: { minYears: 3 },
        seen: 'the notice a Dutch media-archive wiki tool prints on stale pages (public source on GitHub; the count is filled in)',
      },
    ],
  },
];
