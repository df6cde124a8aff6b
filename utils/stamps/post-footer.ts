import type { StampCandidate, StampRole } from './candidate';
import { HAS_DIGIT, POST_FOOTER, WEIGHTS } from './constants';
import { labelBefore } from './date-labels';
import { findTextDate } from './parse-text-date';
import { dateOrderOf } from '../time/date-order';
import { shortText } from './region';

const MAX_FOOTERS = 10;
const MAX_LEVELS = 3;
const FOOTER_CHARS = 300;

/**
 * The post's own footer, named so by its theme ("post-footer", "entry-footer", "article-footer"), below a
 * long post: "Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von Heiner geschrieben", "Posted on …".
 * Read only when no signal states a publish day, and only a date the footer labels, in a footer that sits
 * in the same post as the headline (at most MAX_LEVELS up from the footer). Bounded: MAX_FOOTERS elements,
 * FOOTER_CHARS of text each.
 */
export function findPostFooterStamps(doc: Document, headline: Element | null): StampCandidate[] {
  if (!headline) return [];
  const footers = doc.body?.querySelectorAll('[class*="footer"]') ?? [];
  for (let i = 0, tried = 0; i < footers.length && tried < MAX_FOOTERS; i += 1) {
    const footer = footers[i]!;
    if (!POST_FOOTER.test(footer.getAttribute('class') ?? '')) continue;
    tried += 1;
    if (!samePost(footer, headline)) continue;
    const text = shortText(footer, FOOTER_CHARS);
    const reading = HAS_DIGIT.test(text) ? findTextDate(text, dateOrderOf(doc)) : null;
    const label = reading ? labelBefore(text.slice(0, reading.index)) : null;
    if (!reading || !label || label.role === 'other') continue;
    return [{ role: label.role as StampRole, source: 'byline', ...reading.date, evidence: text.slice(0, 120), location: 'post footer', weight: WEIGHTS.byline }];
  }
  return [];
}

/** The footer and the headline share a container at most MAX_LEVELS above the footer. */
function samePost(footer: Element, headline: Element): boolean {
  let el = footer.parentElement;
  for (let level = 0; el && el !== footer.ownerDocument.body && level < MAX_LEVELS; level += 1, el = el.parentElement) if (el.contains(headline)) return true;
  return false;
}
