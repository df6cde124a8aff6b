import { INITIALISM, MONTH_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS } from './constants';

export interface SentenceSpan {
  text: string;
  /** Offset of the sentence in the paragraph. */
  start: number;
}

const ALWAYS_JOINED = new RegExp(`(?:^|[\\s(“"'‘])(?:${TITLE_ABBREVIATIONS.map((w) => w.replace('.', '\\.')).join('|')})\\.$`);
const MONTH_END = new RegExp(`(?:^|\\s)(?:${MONTH_ABBREVIATIONS.join('|')})\\.$`);
/** "Rep. Gerald E. Connolly": a single capital and a period after a capitalised word is an initial. */
const MIDDLE_INITIAL = /[A-Z][a-z]+ [A-Z]\.$/;
const FIRST_WORD = /^[“"‘'(]*([A-Za-z]+)/;

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('en', { granularity: 'sentence' }) : null;
/** Where Intl.Segmenter is missing: break after . ! ? (and a closing quote) before a space. */
const FALLBACK_BREAK = /[.!?]+[”"’')\]]*\s+/g;

function rawSegments(text: string): SentenceSpan[] {
  if (segmenter) return Array.from(segmenter.segment(text), (s) => ({ text: s.segment, start: s.index }));
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const match of text.matchAll(FALLBACK_BREAK)) {
    const end = (match.index ?? 0) + match[0].length;
    spans.push({ text: text.slice(start, end), start });
    start = end;
  }
  if (start < text.length) spans.push({ text: text.slice(start), start });
  return spans;
}

/** Does the segmenter's break after `previous` cut a sentence in two? */
function isFalseBreak(previous: string, next: string): boolean {
  const end = previous.trimEnd();
  if (ALWAYS_JOINED.test(end) || MIDDLE_INITIAL.test(end)) return true;
  if (!INITIALISM.test(end) && !MONTH_END.test(end)) return false;
  const word = FIRST_WORD.exec(next)?.[1];
  return word !== undefined && !SENTENCE_OPENERS.has(word) && !/^[“"‘]/.test(next);
}

/**
 * The sentences of one paragraph: Intl.Segmenter's split, with the breaks it makes after
 * abbreviations ("Mr.", "Gen.", "U.S.", "Jan.") joined again. Whitespace at the ends is trimmed.
 */
export function splitSentences(paragraph: string): SentenceSpan[] {
  const merged: SentenceSpan[] = [];
  for (const span of rawSegments(paragraph)) {
    const last = merged.at(-1);
    if (last && isFalseBreak(last.text, span.text)) last.text += span.text;
    else merged.push({ ...span });
  }
  return merged.flatMap((span) => {
    const lead = span.text.length - span.text.trimStart().length;
    const text = span.text.trim();
    return text ? [{ text, start: span.start + lead }] : [];
  });
}
