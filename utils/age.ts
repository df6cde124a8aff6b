import type { AgeInfo, Precision, StampDate } from './report';
import { DAY_MS } from './time/day';

/**
 * When an update is worth telling the reader beside the age: it came at least `minGapDays` after
 * publication and the gap is at least `minShareOfAge` of the article's age. A correction the same
 * week, or an update a year into a twelve-year-old story, adds nothing the age does not say.
 */
export const UPDATE_WORTH_SHOWING = { minGapDays: 7, minShareOfAge: 0.25 } as const;

/** The start of the period a stamp names, in UTC milliseconds. */
export function stampStart(stamp: StampDate): number {
  if (stamp.precision === 'instant') return Date.parse(stamp.value);
  const [y, m, d] = (stamp.day ?? stamp.value).split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/**
 * Age of a stamp at `now`, as data: whole days, and the largest whole unit that fits
 * (12 years, 8 months, 3 days; count 0 is "today" or, at year precision, "this year").
 * The words are the UI's business (components/words/).
 */
export function ageOf(stamp: StampDate, now: Date, from: AgeInfo['from']): AgeInfo {
  const start = stampStart(stamp);
  const days = Math.max(0, Math.floor((now.getTime() - start) / DAY_MS));
  const precision = stamp.precision as Precision;
  const bound = precision === 'year' || precision === 'month' ? 'about' : 'exact';
  const base = { days, from, precision };
  if (precision === 'year') {
    const years = now.getUTCFullYear() - Number(stamp.value.slice(0, 4));
    return { ...base, count: Math.max(0, years), unit: 'year', bound: years <= 0 ? 'exact' : 'about' };
  }
  const years = wholeYears(start, now);
  if (years >= 1) return { ...base, count: years, unit: 'year', bound };
  const months = wholeMonths(start, now);
  if (months >= 1) return { ...base, count: months, unit: 'month', bound };
  return { ...base, count: days, unit: 'day', bound: 'exact' };
}

/** Is the updated stamp worth showing beside the age (see UPDATE_WORTH_SHOWING)? */
export function updateMatters<S extends StampDate>(published: StampDate | null, updated: S | null, now: Date): updated is S {
  if (!updated) return false;
  if (!published) return true;
  const gapDays = (stampStart(updated) - stampStart(published)) / DAY_MS;
  const ageDays = Math.max(1, (now.getTime() - stampStart(published)) / DAY_MS);
  return gapDays >= UPDATE_WORTH_SHOWING.minGapDays && gapDays / ageDays >= UPDATE_WORTH_SHOWING.minShareOfAge;
}

function wholeYears(start: number, now: Date): number {
  const s = new Date(start);
  let years = now.getUTCFullYear() - s.getUTCFullYear();
  const anniversary = Date.UTC(now.getUTCFullYear(), s.getUTCMonth(), s.getUTCDate());
  if (now.getTime() < anniversary) years -= 1;
  return years;
}

function wholeMonths(start: number, now: Date): number {
  const s = new Date(start);
  let months = (now.getUTCFullYear() - s.getUTCFullYear()) * 12 + now.getUTCMonth() - s.getUTCMonth();
  if (now.getUTCDate() < s.getUTCDate()) months -= 1;
  return Math.max(0, months);
}
