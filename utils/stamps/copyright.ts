import type { StampCandidate } from './candidate';
import { LIMITS, WEIGHTS } from './constants';
import { yearValue } from './parse-date';
import { walkText } from './walk';

// "© 2014 Cable News Network", "Copyright 2014", "(c) 2012-2014", "Copyright © 2010–2023": the last year counts.
const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*[-–—]\s*)?((?:19|20)\d{2})(?!\d)/i;

/** A weak, year-precision signal: the copyright line of the page's visible text (never script text). */
export function findCopyrightStamps(doc: Document): StampCandidate[] {
  const body = doc.body;
  if (!body) return [];
  let found: StampCandidate[] = [];
  walkText(body, (node) => {
    const text = node.nodeValue ?? '';
    const match = text.length < 5 ? null : COPYRIGHT.exec(text);
    if (!match) return false;
    const line = (node.parentElement?.textContent ?? text).replace(/\s+/g, ' ').trim().slice(0, 200);
    found = [{ role: 'published', source: 'copyright', ...yearValue(Number(match[1])), evidence: line, location: 'copyright line', weight: WEIGHTS.copyright }];
    return true;
  }, LIMITS.textNodes);
  return found;
}
