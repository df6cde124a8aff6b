import { stampStart } from '../age';
import type { NoticeFinding, StampFinding } from '../report';

const DAY = 86_400_000;

/**
 * Does the notice agree with the publish stamp? "More than 5 years old" agrees with any stamp at least
 * five years before `now`; "This story is from October 9, 2019" with a stamp within a day of it. A
 * web-archive capture agrees when the stamp is not after the capture. null when there is nothing to compare.
 */
export function noticeAgrees(notice: NoticeFinding, published: StampFinding | null, now: Date): boolean | null {
  const stated = notice.statedAge;
  if (!stated || !published) return null;
  const start = stampStart(published);
  if (stated.date) {
    const date = Date.parse(stated.date);
    if (notice.kind === 'web-archive-capture') return start <= date + DAY;
    return published.day ? Math.abs(Date.parse(published.day) - date) <= DAY : published.value === stated.date.slice(0, published.value.length);
  }
  const latest = new Date(now.getTime());
  latest.setUTCFullYear(latest.getUTCFullYear() - (stated.minYears ?? 0));
  latest.setUTCMonth(latest.getUTCMonth() - (stated.minMonths ?? 0));
  return start <= latest.getTime();
}
