import type { SentenceView } from './types';

export const inQuote = (view: SentenceView, offset: number): boolean => view.quotes.some((q) => offset >= q.start && offset < q.end);

/** A year the sentence states that lies before publication ("In 1998", "on June 17, 2015"), not a span's start ("since 2007"). */
const STATED_YEAR = /\b(?:(since|by|until|through|before|in|from|of|to) )?((?:19|20)\d{2})\b/g;
export function statesPastYear(view: SentenceView, at?: number): boolean {
  if (!view.ref) return false;
  const cueOutsideQuote = at !== undefined && !inQuote(view, at);
  for (const m of view.text.matchAll(STATED_YEAR)) {
    // A year inside a quotation pins what the quotation says, not the attribution around it ("… than in 2009,"
    // said Ann Reed, who is the county parks director). A year in the narration still pins a quote.
    if (cueOutsideQuote && inQuote(view, m.index)) continue;
    const lead = m[1]?.toLowerCase();
    if (lead === 'since' || lead === 'by' || lead === 'until' || lead === 'through') continue;
    if (Number(m[2]) < view.ref.year) return true;
  }
  return false;
}
