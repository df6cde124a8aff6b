import type { StampCandidate, StampRole } from './candidate';
import { FIRST_PUBLISHED, LIMITS, WEIGHTS } from './constants';
import { parseTextDate } from './parse-text-date';
import { isUnrelated, shortText } from './region';
import { roleSegments } from './role-words';
import { walkElements } from './walk';

/** Class or id words of elements whose visible text is usually the byline or dateline. */
const BYLINE_LABEL = /byline|date|time|publish|posted|meta|stamp|updated/i;
const UPDATED_CLASS = /updated|modified/i;

/** Visible byline text: "Posted: Jun 12, 2014 / 09:40 AM CDT | Updated: ...", "8 January 2020, 3:51 pm". */
export function findBylineStamps(doc: Document): StampCandidate[] {
  const found: StampCandidate[] = [];
  const seen = new Set<string>();
  // One bounded pass in document order (a selector list with substring matches is slow on huge pages).
  let tested = 0;
  if (!doc.body) return found;
  walkElements(doc.body, (el) => {
    if (el.tagName === 'TIME' || !isBylineLike(el)) return false;
    tested += 1;
    const text = shortText(el, LIMITS.bylineChars + 1);
    if (text.length < 6 || text.length > LIMITS.bylineChars || seen.has(text) || isUnrelated(el)) return false;
    seen.add(text);
    const fallback: StampRole = UPDATED_CLASS.test(el.getAttribute('class') ?? '') ? 'updated' : 'published';
    for (const segment of roleSegments(text, fallback)) {
      const parsed = parseTextDate(segment.text);
      if (!parsed) continue;
      // "First published on ..." states the first publication outright: as strong as metadata.
      const weight = FIRST_PUBLISHED.test(segment.text) ? WEIGHTS.firstPublished : WEIGHTS.byline;
      found.push({ role: segment.role, source: 'byline', ...parsed, evidence: text, location: `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(/\s+/)[0] ?? ''}`, weight });
    }
    return found.length >= 12 || tested >= LIMITS.bylineElements;
  }, LIMITS.scanElements);
  return found;
}

function isBylineLike(el: Element): boolean {
  if (el.tagName === 'SUMMARY' || el.tagName === 'DETAILS') return true;
  const label = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return label.length > 1 && BYLINE_LABEL.test(label);
}
