import type { StampCandidate } from './candidate';
import { HAS_DIGIT, WEIGHTS } from './constants';
import { lastChangeReader } from './last-change';
import { yearValue } from './parse-date';
import { shortText } from './region';
import { walkText } from './walk';
import { dateOrderOf } from '../time/date-order';

// "© 2014 Cable News Network", "Copyright 2014", "(c) 2012-2014", "Copyright © 2010–2023": the last year counts.
const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*[-–—]\s*)?((?:19|20)\d{2})(?!\d)/i;
/** The copyright lines close the page: its last this many nodes (elements and text) are read, from the end. */
const FOOTER_NODES = 4_000;
const MAX_NODE_CHARS = 1_000;

/**
 * A weak, year-precision signal: the newest year a copyright line of the page's visible text names
 * (never script text): a site footer's "© 2009" left stale, a photo credit's "© 2012 APA/AP" in the story;
 * the page is from that year or later. Read backwards from the end of the page, where the footer is,
 * and only its last few thousand nodes, so a long page costs no more than a short one. The same walk reads
 * the page's "last changed" line (last-change.ts), returned first when there is one; findStamps drops
 * the year when that update stands (the page is aged from it, and a footer's year, the year the page was
 * last rendered, adds nothing), and keeps it when the update is dropped (a day in the future).
 */
export function findCopyrightStamps(doc: Document, headline: Element | null = null): StampCandidate[] {
  const body = doc.body;
  if (!body) return [];
  let best: { year: number; node: Text } | null = null;
  const lastChange = lastChangeReader(dateOrderOf(doc), headline);
  walkText(body, (node) => {
    const whole = node.nodeValue ?? '';
    lastChange.visit(node, whole);
    // A copyright line is short: a long text node is read only at its end, where a footer line would be.
    const text = whole.length > MAX_NODE_CHARS ? whole.slice(-MAX_NODE_CHARS) : whole;
    // A copyright line names a year: a text without a digit is passed on a cheap character-class test.
    const match = text.length < 5 || !HAS_DIGIT.test(text) ? null : COPYRIGHT.exec(text);
    if (match && Number(match[1]) > (best?.year ?? 0)) best = { year: Number(match[1]), node };
  }, FOOTER_NODES, true);
  const update = lastChange.result();
  const found = best as { year: number; node: Text } | null;
  if (!found) return update ? [update] : [];
  const line = found.node.parentElement ? shortText(found.node.parentElement, 200) : (found.node.nodeValue ?? '').trim().slice(0, 200);
  const year: StampCandidate = { role: 'published', source: 'copyright', ...yearValue(found.year), evidence: line, location: 'copyright line', weight: WEIGHTS.copyright };
  return update ? [update, year] : [year];
}
