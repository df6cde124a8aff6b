import { ageOf } from '../../utils/age';
import type { AgeInfo, StampDate } from '../../utils/report';
import type { Words } from './words';

/** "12 years", "1 Jahr", "8 mois": a count of a unit, its plural from Intl (never hand-made). */
function span(age: Pick<AgeInfo, 'count' | 'unit'>, words: Words): string {
  return new Intl.NumberFormat(words.locale, { style: 'unit', unit: age.unit, unitDisplay: 'long' }).format(age.count);
}

/** "12 years old", "about 12 years old", "more than 5 years old", "from today" — in the reader's language. */
export function ageText(age: AgeInfo, words: Words): string {
  if (age.count === 0 && age.bound !== 'at-least') return words.t(age.unit === 'year' ? 'age.thisYear' : 'age.today');
  const key = age.bound === 'about' ? 'age.aboutOld' : age.bound === 'at-least' ? 'age.moreThanOld' : 'age.old';
  return words.t(key, [span(age, words)]);
}

/** "3 years ago", "vor 3 Jahren", "today": how long since a stamp (Intl.RelativeTimeFormat). */
export function agoText(stamp: StampDate, now: Date, words: Words): string {
  const age = ageOf(stamp, now, 'updated');
  return new Intl.RelativeTimeFormat(words.locale, { numeric: 'auto' }).format(-age.count, age.unit);
}

/** The toolbar's few characters: "12y", "12J", "8mo", "new"; a notice's lower bound gets a "+". */
export function toolbarText(age: AgeInfo, words: Words): string {
  if (age.count === 0 && age.bound !== 'at-least') return words.t('toolbar.today');
  const count = new Intl.NumberFormat(words.locale).format(age.count);
  const text = words.t(age.unit === 'year' ? 'toolbar.years' : age.unit === 'month' ? 'toolbar.months' : 'toolbar.days', [count]);
  return age.bound === 'at-least' ? words.t('toolbar.atLeast', [text]) : text;
}
