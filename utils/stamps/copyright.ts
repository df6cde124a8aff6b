import type { StampCandidate } from './candidate';
import { yearValue } from './parse-date';

// "© 2014 Cable News Network", "Copyright 2014", "(c) 2012-2014": the last year is the one that counts.
const COPYRIGHT = /(?:©|&copy;|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?((?:19|20)\d{2})/i;

/** A weak, year-precision signal: the copyright line in the page's text. */
export function findCopyrightStamps(doc: Document): StampCandidate[] {
  const text = doc.body?.textContent ?? '';
  const match = COPYRIGHT.exec(text);
  if (!match) return [];
  const line = lineAround(text, match.index);
  return [{ role: 'published', source: 'copyright', ...yearValue(Number(match[1])), evidence: line, location: 'copyright line', weight: 0.3 }];
}

function lineAround(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  return text.slice(start, end === -1 ? undefined : end).replace(/\s+/g, ' ').trim().slice(0, 200);
}
