import { ageBound, countPattern, type NoticeWording } from './types';

const COUNTS = { un: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10 };
const COUNT = countPattern(COUNTS);
const UNIT = '(años?|mes(?:es)?)';

/** Spanish wordings. */
export const ES: readonly NoticeWording[] = [
  {
    kind: 'age-label',
    pattern: new RegExp(`^Este (?:artículo|articulo) tiene (?:más de )?${COUNT} ${UNIT}(?: de antigüedad)?`, 'i'),
    stated: ageBound(COUNTS, /^añ/i),
    cue: 'este art[ií]culo',
    examples: [{ text: 'Este artículo tiene 15 años de antigüedad', statedAge: { minYears: 15 }, seen: 'kept from the earlier notice tests (page not recorded)' }],
  },
  {
    kind: 'archived',
    pattern: /^Este (?:artículo|contenido) (?:es|forma parte) de(?:l| nuestro) archivo/i,
    cue: 'archiv',
    examples: [{ text: 'Este contenido forma parte de nuestro archivo', seen: 'kept from the earlier notice tests (page not recorded)' }],
  },
];
