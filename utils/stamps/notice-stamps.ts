import type { NoticeFinding } from '../report';
import type { StampCandidate } from './candidate';
import { WEIGHTS } from './constants';
import { parseIsoLike } from './parse-date';

/** A notice that names its own date ("This story is from October 9, 2019") is a visible publish stamp. */
export function noticeStamps(notice: NoticeFinding | null): StampCandidate[] {
  const date = notice?.statedAge?.date;
  // Only a publisher's dated notice names the story's day; a web-archive capture date is an upper bound.
  if (!notice || !date || notice.kind !== 'dated-story') return [];
  const parsed = parseIsoLike(date);
  if (!parsed) return [];
  return [{ role: 'published', source: 'notice', ...parsed, evidence: notice.text, location: notice.selector, weight: WEIGHTS.notice }];
}
