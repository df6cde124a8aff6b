import { WEEKDAYS } from './constants';
import { coarseResolved, dayResolved } from './date-label';
import type { Reference, ResolvedDate } from './types';
import { DAY_MS } from '../time/day';

/**
 * A weekday named in news: the most recent such day on or before the publish day ("said
 * Thursday" in a Thursday story is that day), unless the phrase or its clause looks ahead
 * ("next Friday", "will meet Friday"). With only a year known: "a Thursday in 2014".
 */
export function resolveWeekday(weekday: string, modifier: string | undefined, looksAhead: boolean, ref: Reference): ResolvedDate {
  const target = WEEKDAYS.indexOf(weekday);
  if (ref.precision !== 'day') return coarseResolved(ref, 'someWeekday', 0, target);
  const refMs = Date.UTC(ref.year, ref.month - 1, ref.day);
  const today = new Date(refMs).getUTCDay();
  const mod = modifier?.toLowerCase();
  if (mod === 'next' || mod === 'this coming' || (looksAhead && mod !== 'last')) {
    const ahead = (target - today + 7) % 7;
    return dayResolved(refMs + (ahead === 0 && mod !== undefined && mod !== 'on' ? 7 : ahead) * DAY_MS);
  }
  const back = (today - target + 7) % 7;
  return dayResolved(refMs - (back === 0 && mod === 'last' ? 7 : back) * DAY_MS);
}
