import { MONTH_SHORT, WEEKDAYS } from './constants';
import type { Reference, ResolvedDate } from './types';

const pad = (n: number): string => String(n).padStart(2, '0');

/** A calendar day (UTC arithmetic, so no machine time zone leaks in) as a resolved date. */
export function dayResolved(utcMs: number, prefix = ''): ResolvedDate {
  const d = new Date(utcMs);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  return {
    value: `${y}-${pad(m + 1)}-${pad(day)}`,
    precision: 'day',
    label: `${prefix}${WEEKDAYS[d.getUTCDay()]!.slice(0, 3)} ${day} ${MONTH_SHORT[m]} ${y}`,
  };
}

export function monthResolved(year: number, month: number, prefix = ''): ResolvedDate {
  return { value: `${year}-${pad(month)}`, precision: 'month', label: `${prefix}${MONTH_SHORT[month - 1]} ${year}` };
}

/** Only the year (or month) is known: "a Thursday in 2014", "a day in Jun 2014", "2014". */
export function coarseResolved(ref: Reference, what: string | null, yearShift = 0): ResolvedDate {
  const year = ref.year + yearShift;
  if (ref.precision === 'month' && yearShift === 0) {
    const within = `${MONTH_SHORT[ref.month - 1]} ${year}`;
    return { value: `${year}-${pad(ref.month)}`, precision: 'month', label: what ? `${what} in ${within}` : within };
  }
  return { value: String(year), precision: 'year', label: what ? `${what} in ${year}` : String(year) };
}

export function yearResolved(year: number, prefix = ''): ResolvedDate {
  return { value: String(year), precision: 'year', label: `${prefix}${year}` };
}
