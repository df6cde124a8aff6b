import type { StampCandidate } from './candidate';
import { LIMITS, WEIGHTS } from './constants';
import { yearValue } from './parse-date';

// "© 2014 Cable News Network", "Copyright 2014", "(c) 2012-2014", "Copyright © 2010–2023": the last year counts.
const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*[-–—]\s*)?((?:19|20)\d{2})(?!\d)/i;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** A weak, year-precision signal: the copyright line of the page's visible text (never script text). */
export function findCopyrightStamps(doc: Document): StampCandidate[] {
  const body = doc.body;
  if (!body) return [];
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let count = 0;
  for (let node = walker.nextNode(); node && count < LIMITS.textNodes; node = walker.nextNode(), count += 1) {
    const text = node.nodeValue ?? '';
    if (text.length < 5 || SKIP.has(node.parentElement?.tagName ?? '')) continue;
    const match = COPYRIGHT.exec(text);
    if (!match) continue;
    const line = (node.parentElement?.textContent ?? text).replace(/\s+/g, ' ').trim().slice(0, 200);
    return [{ role: 'published', source: 'copyright', ...yearValue(Number(match[1])), evidence: line, location: 'copyright line', weight: WEIGHTS.copyright }];
  }
  return [];
}
