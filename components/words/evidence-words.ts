import type { StampFinding, StampSource } from '../../utils/report';
import { confidenceLevel } from '../format-stamp';
import { dateQuote } from './date-quote';
import { formatStampDate } from './date-words';
import { tCount, type MessageKey, type Words } from './words';

/**
 * Each signal family as the reader knows it. `quote`: the page's own words are worth showing
 * (a byline, a notice); otherwise the signal is machine data and As Of says the date itself.
 */
const SOURCES: Record<StampSource, { name: MessageKey; quote: boolean }> = {
  'json-ld': { name: 'source.data', quote: false },
  microdata: { name: 'source.data', quote: false },
  meta: { name: 'source.data', quote: false },
  'time-element': { name: 'source.timeElement', quote: false },
  'web-archive': { name: 'source.webArchive', quote: false },
  byline: { name: 'source.byline', quote: true },
  url: { name: 'source.url', quote: true },
  notice: { name: 'source.notice', quote: true },
  weekday: { name: 'source.weekday', quote: true },
  copyright: { name: 'source.copyright', quote: true },
  'last-change': { name: 'source.lastChange', quote: true },
  'script-json': { name: 'source.data', quote: false },
  teaser: { name: 'source.teaser', quote: true },
};

/** "Published 9 July 2020, 10:04 UTC, according to the page’s publishing data." / "…: the byline says “Updated: Oct 9, 2019”." */
export function stampLine(stamp: StampFinding, role: 'published' | 'updated', words: Words): string {
  const source = SOURCES[stamp.source] ?? { name: 'source.data', quote: false };
  const date = formatStampDate(stamp, words, { withTime: true });
  if (!source.quote) return words.t(role === 'published' ? 'evidence.publishedFrom' : 'evidence.updatedFrom', [date, words.t(source.name)]);
  return words.t(role === 'published' ? 'evidence.publishedQuote' : 'evidence.updatedQuote', [date, words.t(source.name), quoteOf(stamp, role)]);
}

/** Where a stamp came from, for beside its date: "according to the page’s publishing data", "the byline says “…”". */
export function sourcePhrase(stamp: StampFinding, role: 'published' | 'updated', words: Words): string {
  const source = SOURCES[stamp.source] ?? { name: 'source.data', quote: false };
  if (!source.quote) return words.t('evidence.according', [words.t(source.name)]);
  return words.t('evidence.says', [words.t(source.name), quoteOf(stamp, role)]);
}

function quoteOf(stamp: StampFinding, role: 'published' | 'updated'): string {
  const year = /^\d{4}/.exec(stamp.value)?.[0] ?? null;
  return stamp.source === 'notice' ? stamp.evidence : dateQuote(stamp.evidence, year, role);
}

/** How sure As Of is, in words, with what the "?" means when it shows. */
export function confidenceLine(stamp: StampFinding, words: Words): string {
  const percent = new Intl.NumberFormat(words.locale, { style: 'percent' }).format(Math.round(stamp.confidence * 100) / 100);
  const level = confidenceLevel(stamp);
  return words.t(level === 'sure' ? 'evidence.sure' : level === 'fairly-sure' ? 'evidence.fairlySure' : 'evidence.unsure', [percent]);
}

/** The other dates the page gave, as dates: "Another date on the page points elsewhere: 3 March 2019." */
export function disagreementLine(stamp: StampFinding, words: Words): string | null {
  // utils/stamps/reconcile.ts writes each as "source: ISO-value (where: raw text)"; only the value is told.
  const dates = stamp.disagreements.flatMap((line) => {
    const value = /^[a-z-]+: (\d{4}(?:-\d{2}){0,2}(?:T[\d:.]+(?:Z|[+-][\d:]+)?)?)\b/.exec(line)?.[1];
    if (!value) return [];
    const precision = value.length > 10 ? 'instant' : value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
    return [formatStampDate({ value, day: value.length >= 10 ? value.slice(0, 10) : null, precision }, words)];
  });
  const unique = [...new Set(dates)];
  if (unique.length === 0) return null;
  return tCount(words, 'evidence.disagree', unique.length, [new Intl.ListFormat(words.locale, { type: 'conjunction' }).format(unique)]);
}
