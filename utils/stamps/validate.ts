import type { NoticeFinding } from '../report';
import type { StampCandidate } from './candidate';

/** The web's first pages date from 1990; nothing a news page says can be older. */
export const EARLIEST_PLAUSIBLE = Date.UTC(1990, 0, 1);
const DAY = 86_400_000;

/** A date is plausible when it is after the web began and not after `now` (one day of slack for time zones). */
export function isPlausible(epoch: number, now: Date): boolean {
  return Number.isFinite(epoch) && epoch >= EARLIEST_PLAUSIBLE && epoch <= now.getTime() + DAY;
}

/**
 * "This article is more than 5 years old" was true when the page was served, so before `now`:
 * a publish candidate younger than that is a republication or another story's date.
 */
export function withinNoticeBound(c: StampCandidate, notice: NoticeFinding | null, now: Date): boolean {
  const age = notice?.statedAge;
  if (!age || c.role !== 'published' || (!age.minYears && !age.minMonths)) return true;
  const latest = new Date(now.getTime());
  latest.setUTCFullYear(latest.getUTCFullYear() - (age.minYears ?? 0));
  latest.setUTCMonth(latest.getUTCMonth() - (age.minMonths ?? 0));
  return c.epoch <= latest.getTime() + DAY;
}
