import type { StampCandidate, StampRole } from './candidate';
import { FIRST_PUBLISHED, HAS_DIGIT, LIMITS, WEIGHTS } from './constants';
import { parseTextDate } from './parse-text-date';
import { dateOrderOf } from '../time/date-order';
import { microformatStamp } from './microformat';
import { isUnrelated, shortText } from './region';
import { roleSegments } from './role-words';

/** Class or id words of elements whose visible text is usually the byline or dateline. */
// "submitted": Drupal's byline ("Submitted by Ann on 24 July 2017", "Gespeichert von rasos am 24. Juli 2017").
// No "updated": it holds "date", so those elements match already (each word is four selectors the page pays for).
const BYLINE_WORDS = ['byline', 'date', 'time', 'publish', 'posted', 'meta', 'stamp', 'submitted'];
/**
 * The same words as attribute substrings, lower-case and capitalised ("post-date", "publishDate"):
 * case-sensitive matching is what the browser does fast, and <summary>/<details> hold collapsed bylines.
 */
const BYLINE_SELECTOR = ['summary', 'details', ...BYLINE_WORDS.flatMap((word) => {
  const capitalised = word[0]!.toUpperCase() + word.slice(1);
  return [`[class*="${word}"]`, `[class*="${capitalised}"]`, `[id*="${word}"]`, `[id*="${capitalised}"]`];
})].join(',');
const UPDATED_CLASS = /updated|modified/i;
const PUBLISHED_CLASS = /(?:^|[\s_-])published(?:$|[\s_-])/i;

/** Visible byline text: "Posted: Jun 12, 2014 / 09:40 AM CDT | Updated: ...", "8 January 2020, 3:51 pm". */
export function findBylineStamps(doc: Document, _url = '', headline: Element | null = null): StampCandidate[] {
  const found: StampCandidate[] = [];
  const seen = new Set<string>();
  // The browser matches the labels natively, in document order; only the matches are read. When the headline
  // sits in the page's <main>, so does its byline: the header, the footer and the columns around it are other items'.
  const labelled = (headline?.closest('main, [role="main"]') ?? doc.body)?.querySelectorAll(BYLINE_SELECTOR) ?? [];
  for (let i = 0, tested = 0; i < labelled.length && tested < LIMITS.bylineElements && found.length < 12; i += 1) {
    const el = labelled[i]!;
    if (el.tagName === 'TIME' || el.namespaceURI !== HTML_NAMESPACE) continue; // <time> is its own detector's; SVG text is drawing
    tested += 1;
    const stamp = microformatStamp(el);
    if (stamp && !isUnrelated(el, headline)) found.push(stamp);
    const text = shortText(el, LIMITS.bylineChars + 1);
    // Every date form read has a digit: a wrapper without one is passed before its ancestors are climbed.
    if (text.length < 6 || text.length > LIMITS.bylineChars || !HAS_DIGIT.test(text) || seen.has(text) || isUnrelated(el, headline)) continue;
    seen.add(text);
    // WordPress marks an unmodified post's one date "entry-date updated published": it is the publication.
    const cls = el.getAttribute('class') ?? '';
    const fallback: StampRole = UPDATED_CLASS.test(cls) && !PUBLISHED_CLASS.test(cls) ? 'updated' : 'published';
    for (const segment of roleSegments(text, fallback)) {
      const parsed = parseTextDate(segment.text, dateOrderOf(doc));
      if (!parsed) continue;
      // "First published on ..." states the first publication outright: as strong as metadata.
      const weight = FIRST_PUBLISHED.test(segment.text) ? WEIGHTS.firstPublished : WEIGHTS.byline;
      found.push({ role: segment.role, source: 'byline', ...parsed, evidence: text, location: `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(/\s+/)[0] ?? ''}`, weight });
    }
  }
  return found;
}

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
