import type { SentenceView } from './types';

export const inQuote = (view: SentenceView, offset: number): boolean => view.quotes.some((q) => offset >= q.start && offset < q.end);

/** A year the sentence states that lies before publication ("In 1998", "on June 17, 2015"), not a span's start ("since 2007"). */
const STATED_YEAR = /\b(?:(since|by|until|through|before|in|from|of|to) )?((?:19|20)\d{2})\b/g;
export function statesPastYear(view: SentenceView): boolean {
  if (!view.ref) return false;
  for (const m of view.text.matchAll(STATED_YEAR)) {
    const lead = m[1]?.toLowerCase();
    if (lead === 'since' || lead === 'by' || lead === 'until' || lead === 'through') continue;
    if (Number(m[2]) < view.ref.year) return true;
  }
  return false;
}
