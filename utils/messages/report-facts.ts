import type { AgeInfo, PageReport, StampFinding } from '../report';

/** A stamp as the badge's words need it: its date, precision and confidence (never the page's own text). */
export type FactStamp = Pick<StampFinding, 'value' | 'day' | 'precision' | 'confidence'>;

/**
 * The few facts of a report the badge's and the toolbar's words are made of, sent by the content script
 * to the background, which words them (Intl costs a fresh page 15-40 ms; the background has it warm).
 * No page text: dates, numbers and flags only, each bounded by boundedReportFacts.
 */
export interface ReportFacts {
  now: string;
  age: AgeInfo | null;
  published: FactStamp | null;
  updated: FactStamp | null;
  notice: boolean;
  dateConflict: { visible: string; metadata: string } | null;
}

/** The facts of an article's report; null for a page that is not an article (its toolbar shows nothing). */
export function toReportFacts(report: PageReport): ReportFacts | null {
  if (!report.article.isArticle) return null;
  const conflict = report.dateConflict;
  return {
    now: report.now,
    age: report.age,
    published: factStamp(report.published),
    updated: factStamp(report.updated),
    notice: report.notice !== null,
    dateConflict: conflict ? { visible: conflict.visible, metadata: conflict.metadata } : null,
  };
}

function factStamp(stamp: StampFinding | null): FactStamp | null {
  return stamp && { value: stamp.value, day: stamp.day, precision: stamp.precision, confidence: stamp.confidence };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A stamp's value: a year, a month, a day or an instant with its offset (utils/report.ts). */
const ISO_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/i;
const ISO_NOW = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const PRECISIONS = ['instant', 'day', 'month', 'year'] as const;
const UNITS = ['year', 'month', 'day'] as const;
const BOUNDS = ['exact', 'about', 'at-least'] as const;
const FROMS = ['published', 'updated', 'notice'] as const;
/** No article is older than this many years; a larger count is not a date As Of found. */
const MAX_COUNT = 10_000;

/**
 * The facts checked field by field before the background words them: whatever a tab sends, the work is
 * a few formatter calls on short ISO strings and small numbers. Null when it is not facts at all.
 */
export function boundedReportFacts(value: unknown): ReportFacts | null {
  if (!isRecord(value) || typeof value.now !== 'string' || !ISO_NOW.test(value.now)) return null;
  const conflict = isRecord(value.dateConflict) ? value.dateConflict : null;
  return {
    now: value.now,
    age: boundedAge(value.age),
    published: boundedStamp(value.published),
    updated: boundedStamp(value.updated),
    notice: value.notice === true,
    dateConflict: conflict && isDay(conflict.visible) && isDay(conflict.metadata) ? { visible: conflict.visible, metadata: conflict.metadata } : null,
  };
}

function boundedAge(value: unknown): AgeInfo | null {
  if (!isRecord(value)) return null;
  const { days, count, unit, bound, from, precision } = value;
  if (!isCount(days, Number.MAX_SAFE_INTEGER) || !isCount(count, MAX_COUNT)) return null;
  if (!oneOf(unit, UNITS) || !oneOf(bound, BOUNDS) || !oneOf(from, FROMS) || !oneOf(precision, PRECISIONS)) return null;
  return { days, count, unit, bound, from, precision };
}

function boundedStamp(value: unknown): FactStamp | null {
  if (!isRecord(value)) return null;
  const { value: iso, day, precision, confidence } = value;
  if (typeof iso !== 'string' || iso.length > 40 || !ISO_VALUE.test(iso) || !oneOf(precision, PRECISIONS)) return null;
  if (day !== null && !isDay(day)) return null;
  if (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1)) return null;
  return { value: iso, day, precision, confidence };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isDay(value: unknown): value is string {
  return typeof value === 'string' && ISO_DAY.test(value);
}

function isCount(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

/** Two reports' facts say the same (their `now` aside: a restart a moment later words them alike). */
export function sameFacts(a: ReportFacts | null, b: ReportFacts | null): boolean {
  return a === b || (a !== null && b !== null && JSON.stringify({ ...a, now: '' }) === JSON.stringify({ ...b, now: '' }));
}
