import type { StampRole } from './candidate';
import { PUBLISHED_WORDS, UPDATED_WORDS } from './constants';

const ROLE_WORD = new RegExp(`${UPDATED_WORDS.source}|${PUBLISHED_WORDS.source}`, 'gi');

/**
 * Splits a byline such as "Posted: Jun 12, 2014 / 09:40 AM CDT | Updated: Jun 12, 2014 / 05:02 PM CDT"
 * at its role words, so each part is read with the role its label gives it.
 */
export function roleSegments(text: string, fallback: StampRole): { role: StampRole; text: string }[] {
  const marks = [...text.matchAll(ROLE_WORD)].slice(0, 6);
  if (marks.length === 0) return [{ role: fallback, text }];
  const segments: { role: StampRole; text: string }[] = [];
  if (marks[0]!.index > 0) segments.push({ role: fallback, text: text.slice(0, marks[0]!.index) });
  marks.forEach((mark, i) => {
    const end = marks[i + 1]?.index ?? text.length;
    segments.push({ role: roleOfWord(mark[0]), text: text.slice(mark.index, end) });
  });
  return segments;
}

export function roleOfWord(word: string): StampRole {
  return UPDATED_WORDS.test(word) && !/^\s*(?:first\s+)?(?:published|posted)/i.test(word) ? 'updated' : 'published';
}

/** The role the words just before an element give it ("Updated:", "Aktualisiert am"), if any. */
export function roleFromLabel(label: string): StampRole | null {
  const tail = label.slice(-40);
  if (UPDATED_WORDS.test(tail)) return 'updated';
  if (PUBLISHED_WORDS.test(tail)) return 'published';
  return null;
}
