import { stampStart } from '../age';
import { BOUNDS, isAsOldAsNotice } from '../date-bounds';
import type { NoticeFinding, StampFinding } from '../report';
import { withinADay } from '../time/day';

/**
 * Does the notice agree with the publish stamp? "More than 5 years old" agrees with any stamp as old as
 * that (the same cut-off the stamps are bounded by); "This story is from October 9, 2019" with a stamp
 * within a day of it. A web-archive capture agrees when the stamp is not after the capture day.
 * null when there is nothing to compare.
 */
export function noticeAgrees(notice: NoticeFinding, published: StampFinding | null, now: Date): boolean | null {
  const stated = notice.statedAge;
  if (!stated || !published) return null;
  const start = stampStart(published);
  if (stated.date) {
    const date = Date.parse(stated.date);
    if (notice.kind === 'web-archive-capture') return start <= date + BOUNDS.captureSlackMs;
    return published.day ? withinADay(Date.parse(published.day), date) : published.value === stated.date.slice(0, published.value.length);
  }
  return isAsOldAsNotice(start, stated, now);
}
