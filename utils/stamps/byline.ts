import type { StampCandidate, StampRole } from './candidate';
import { LIMITS, WEIGHTS } from './constants';
import { parseTextDate } from './parse-text-date';
import { isUnrelated, shortText } from './region';
import { roleSegments } from './role-words';

/** Elements whose visible text is usually the byline or dateline. */
const BYLINE_SELECTOR = [
  '[class*="byline" i]', '[class*="date" i]', '[class*="time" i]', '[class*="publish" i]', '[class*="posted" i]',
  '[class*="article-meta" i]', '[class*="dateline" i]', '[class*="meta" i]', '[class*="stamp" i]', '[id*="date" i]',
  '[class*="updated" i]', 'details > summary', 'header p', 'header span',
].join(',');
const UPDATED_CLASS = /updated|modified/i;

/** Visible byline text: "Posted: Jun 12, 2014 / 09:40 AM CDT | Updated: ...", "8 January 2020, 3:51 pm". */
export function findBylineStamps(doc: Document): StampCandidate[] {
  const found: StampCandidate[] = [];
  const seen = new Set<string>();
  const elements = doc.body?.querySelectorAll(BYLINE_SELECTOR) ?? [];
  for (let i = 0; i < elements.length && i < LIMITS.bylineElements; i += 1) {
    const el = elements[i]!;
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'TIME') continue;
    const text = shortText(el, LIMITS.bylineChars + 1);
    if (text.length < 6 || text.length > LIMITS.bylineChars || seen.has(text) || isUnrelated(el)) continue;
    seen.add(text);
    const fallback: StampRole = UPDATED_CLASS.test(el.getAttribute('class') ?? '') ? 'updated' : 'published';
    for (const segment of roleSegments(text, fallback)) {
      const parsed = parseTextDate(segment.text);
      if (!parsed) continue;
      found.push({ role: segment.role, source: 'byline', ...parsed, evidence: text, location: `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(/\s+/)[0] ?? ''}`, weight: WEIGHTS.byline });
    }
    if (found.length >= 12) break;
  }
  return found;
}
