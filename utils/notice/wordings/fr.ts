import { ageBound, countPattern, type NoticeWording } from './types';

const COUNTS = { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 };
const COUNT = countPattern(COUNTS);
const UNIT = '(ans?|années?|mois)';

/** French wordings. */
export const FR: readonly NoticeWording[] = [
  {
    kind: 'age-label',
    pattern: new RegExp(`^Cet article (?:a|date de) plus d[e'] ?${COUNT} ${UNIT}`, 'i'),
    stated: ageBound(COUNTS, /^an/i),
    cue: 'cet article',
    examples: [{ text: 'Cet article a plus de 3 ans', statedAge: { minYears: 3 }, seen: 'kept from the earlier notice tests (page not recorded)' }],
  },
  {
    kind: 'archived',
    pattern: /^(?:Cet article est (?:issu|tiré) de nos archives|Article archivé)/i,
    cue: 'archiv',
    examples: [{ text: 'Cet article est issu de nos archives', seen: 'kept from the earlier notice tests (page not recorded)' }],
  },
];
