import { casual, type ParsedResult } from 'chrono-node';
import { referenceInstant } from './reference';
import { tagSentence, type Tagged } from './tagger';
import type { Reference, SentenceView } from './types';

/** Quoted stretches, bounded so an unclosed quote never reaches past 400 characters. */
const QUOTED = /[“"][^“”"]{1,400}(?:[”"]|$)/g;

/** "the night of 20 November": chrono reads "night" as the reference day; blanked (same length) it reads the date. */
const PART_OF_DAY_OF = /\b(?:night|morning|evening|afternoon) of\b/gi;

/**
 * What chrono-node's English parsers need before they can find a relative date or a day without a
 * year: a casual word, a relative word, or a month name next to a number. A sentence without any
 * is not given to chrono (a third of the step's time).
 */
const MAY_HOLD_DATE = /\b(?:today|tonight|tomorrow|yesterday|ago|last|next|this|past|coming|earlier|later|within|from now|noon|midnight|in (?:a|an|\w+) (?:days?|weeks?|months?|years?))\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\d(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * Where a quotation opened in an earlier sentence closes in this one (just past its mark), or 0. A curly ” before
 * any opening mark closes one; so does an unpaired straight " right after the quote's last punctuation and
 * before a space ("… when the resort shut down," said Ann Reed), which would otherwise open a quote to the end.
 */
function closedHere(text: string, unpaired: boolean): number {
  const close = text.search(/[”"]/);
  if (close <= 0 || /[“"]/.test(text.slice(0, close))) return 0;
  if (text[close] === '”') return close + 1;
  return unpaired && /[,.!?…]/.test(text[close - 1]!) && /\s/.test(text[close + 1] ?? '') ? close + 1 : 0;
}

/** Tags the sentence once (wink-nlp words and entities, chrono-node dates) for every detector to read. */
export function sentenceView(text: string, ref: Reference | null, index: number, tagged: Tagged = tagSentence(text)): SentenceView {
  const { tokens, entities } = tagged;
  // A quote opened in an earlier sentence: everything up to its closing mark is quoted, and the marks after it pair anew.
  // An odd number of straight marks: one of them closes a quote opened before, or opens one that runs to the end.
  const unpaired = (text.match(/"/g)?.length ?? 0) % 2 === 1;
  const opened = closedHere(text, unpaired);
  const rest = opened > 0 ? text.slice(opened) : text;
  const quotes = Array.from(rest.matchAll(QUOTED), (m) => ({ start: opened + (m.index ?? 0), end: opened + (m.index ?? 0) + m[0].length }));
  if (opened > 0) quotes.unshift({ start: 0, end: opened });
  else if (unpaired && /"\W*$/.test(text)) quotes.unshift({ start: 0, end: text.length });
  const instant = ref ? referenceInstant(ref) : new Date(Date.UTC(2000, 0, 1));
  const dates: ParsedResult[] = !MAY_HOLD_DATE.test(text) ? [] : casual.parse(text.replace(PART_OF_DAY_OF, (m) => ' '.repeat(m.length)), { instant, timezone: 0 });
  return { text, tokens, entities, quotes, dates, ref, index };
}

