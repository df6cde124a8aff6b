import type { DateQualifier } from './cue-why';
import type { Reference, ResolvedDate } from './types';

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Resolved dates as data (an ISO value, its precision, how it is qualified); the words are the
 * reader's, said by components/words/claim-words.ts. UTC arithmetic, so no machine time zone leaks in.
 */
export function dayResolved(utcMs: number, qualifier?: DateQualifier): ResolvedDate {
  const d = new Date(utcMs);
  const value = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return qualifier ? { value, precision: 'day', qualifier } : { value, precision: 'day' };
}

export function monthResolved(year: number, month: number, qualifier?: DateQualifier): ResolvedDate {
  const value = `${year}-${pad(month)}`;
  return qualifier ? { value, precision: 'month', qualifier } : { value, precision: 'month' };
}

/** Only the year (or month) is known: "a Thursday in 2014" (`weekday` 0 = Sunday), "a day in June 2014". */
export function coarseResolved(ref: Reference, qualifier: DateQualifier, yearShift = 0, weekday?: number): ResolvedDate {
  const year = ref.year + yearShift;
  const at: ResolvedDate = ref.precision === 'month' && yearShift === 0
    ? { value: `${year}-${pad(ref.month)}`, precision: 'month', qualifier }
    : { value: String(year), precision: 'year', qualifier };
  return weekday === undefined ? at : { ...at, weekday };
}

export function yearResolved(year: number, qualifier?: DateQualifier): ResolvedDate {
  return qualifier ? { value: String(year), precision: 'year', qualifier } : { value: String(year), precision: 'year' };
}
