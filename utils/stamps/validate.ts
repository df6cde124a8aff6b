import type { NoticeFinding } from '../report';
import { isAsOldAsNotice, isWithinBounds, latestPossible } from '../date-bounds';
import type { StampCandidate } from './candidate';

/**
 * Whether a candidate can be the page's stamp, checked before reconciling so that a sound lower-ranked
 * date still wins over an impossible one: within the date bounds (not after `now`, nor after a web
 * archive's capture), and a publish date as old as the page's notice says ("more than 5 years old" was
 * true when the page was served: a younger publish candidate is a republication or another story's date).
 */
export function isCandidateValid(c: StampCandidate, now: Date, capturedAt: number | null, notice: NoticeFinding | null): boolean {
  return (
    Number.isFinite(c.epoch) &&
    isWithinBounds(c.value, c.precision, latestPossible(now, capturedAt)) &&
    (c.role !== 'published' || isAsOldAsNotice(c.epoch, notice?.statedAge, now))
  );
}
