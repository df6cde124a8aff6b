import type { ParsedResult } from 'chrono-node';
import type { ClaimCue } from '../report';
import { FUTURE_CONTEXT, RELATIVE_EXTRA, WEEKDAY } from './constants';
import { coarseResolved, dayResolved, monthResolved, yearResolved } from './date-label';
import { resolveWeekday } from './resolve-weekday';
import type { DateQualifier } from './cue-why';
import type { Reference, ResolvedDate, SentenceView } from './types';

/** chrono results that count from the reference date (not "12 June 2014"): by tag, or by wording
 * for the few parsers that leave no tag ("this month"). */
const RELATIVE_TAG = /^(?:result\/relativeDate|casualReference\/)/;
const RELATIVE_WORDING = /^(?:this|next|last|past|coming) (?:week|weekend|month|year)\b/i;
/** chrono reads "now" as a date; here it is a present-state cue. */
const NOT_A_DATE = /^(?:right )?now$|^(?:the )?(?:time being|night|morning|evening|afternoon)$/i;
/** A day and month with no year ("20 November", "Oct. 29"): chrono leaves the year implied. */
const isUndatedDay = (result: ParsedResult): boolean =>
  result.start.isCertain('day') && result.start.isCertain('month') && !result.start.isCertain('year');
/** Weekdays are read by WEEKDAY above (past bias, names like "Friday Night Lights" left out), not by chrono. */
const STARTS_WITH_WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/i;
/** "the next day", "the day before": counted from an event in the story, not from the day of writing. */
const RELATIVE_TO_EVENT = /^(?:the )?(?:(?:next|following|previous|prior) (?:day|morning|evening|night|week)|(?:day|night|week) (?:before|after))$/i;
const WHY = 'relative';
const UNDATED_WHY = 'undated';
const SOME: Record<'month' | 'week' | 'day', DateQualifier> = { month: 'someMonth', week: 'someWeek', day: 'someDay' };
const WHEN = (word: string): DateQualifier => word.toLowerCase() as 'early' | 'earlier' | 'late' | 'later';

/** A day and month without a year is that day in the publication year (issue: "20 November" in a 29 Nov story). */
function undatedDay(result: ParsedResult, ref: Reference): ResolvedDate {
  const [month, day] = [result.start.get('month') ?? 1, result.start.get('day') ?? 1];
  return dayResolved(Date.UTC(ref.year, month - 1, day));
}

function unitOf(text: string): 'year' | 'month' | 'week' | 'day' {
  return /\byears?\b/i.test(text) ? 'year' : /\bmonths?\b/i.test(text) ? 'month' : /\bweeks?\b/i.test(text) ? 'week' : 'day';
}

function resolveChrono(result: ParsedResult, ref: Reference | null): ResolvedDate | null {
  if (!ref) return null;
  const [y, m, d] = [result.start.get('year') ?? ref.year, result.start.get('month') ?? 1, result.start.get('day') ?? 1];
  const unit = unitOf(result.text);
  if (unit === 'year') return yearResolved(y);
  if (ref.precision !== 'day') return coarseResolved(ref, SOME[unit], y - ref.year);
  if (unit === 'month') return monthResolved(y, m);
  return dayResolved(Date.UTC(y, m - 1, d), unit === 'week' ? 'weekAround' : undefined);
}

function resolveExtra(text: string, ref: Reference | null): ResolvedDate | null {
  const match = /(earlier|later|late|early) this (year|month|week)/i.exec(text);
  if (!ref || !match) return null;
  const when = WHEN(match[1]!);
  const period = match[2]!.toLowerCase();
  if (period === 'year') return yearResolved(ref.year, when);
  if (ref.precision === 'day' && period === 'month') return monthResolved(ref.year, ref.month, when);
  if (ref.precision === 'day') return dayResolved(Date.UTC(ref.year, ref.month - 1, ref.day), when);
  return coarseResolved(ref, period === 'month' ? 'someMonth' : 'someWeek');
}

/**
 * Relative times in a sentence, each resolved against the publish stamp: weekdays with a past
 * bias (news reports what happened), chrono-node for "yesterday", "a day earlier", "last week",
 * "next year", and our own patterns for "earlier this year" and "recently".
 */
export function relativeTimeCues(view: SentenceView): ClaimCue[] {
  const { text: sentence, ref } = view;
  const cues: ClaimCue[] = [];
  for (const match of sentence.matchAll(WEEKDAY)) {
    const start = match.index ?? 0;
    const clauseBefore = sentence.slice(Math.max(0, sentence.lastIndexOf(',', start) + 1), start);
    const resolved = ref ? resolveWeekday(match[2]!, match[1], FUTURE_CONTEXT.test(clauseBefore), ref) : null;
    cues.push({ kind: 'relative-time', text: match[0], start, end: start + match[0].length, why: WHY, resolved });
  }
  for (const { pattern, why } of RELATIVE_EXTRA) {
    for (const match of sentence.matchAll(pattern)) {
      const start = match.index ?? 0;
      cues.push({ kind: 'relative-time', text: match[0], start, end: start + match[0].length, why, resolved: resolveExtra(match[0], ref) });
    }
  }
  for (const result of view.dates) {
    if (STARTS_WITH_WEEKDAY.test(result.text) || RELATIVE_TO_EVENT.test(result.text)) continue;
    const relative = [...result.tags()].some((tag) => RELATIVE_TAG.test(tag)) || RELATIVE_WORDING.test(result.text);
    const text = result.text.replace(/[\s,.]+$/, '');
    const end = result.index + text.length;
    if (!relative && isUndatedDay(result)) {
      cues.push({ kind: 'relative-time', text, start: result.index, end, why: UNDATED_WHY, resolved: ref ? undatedDay(result, ref) : null });
      continue;
    }
    if (!relative || NOT_A_DATE.test(result.text.trim())) continue;
    cues.push({ kind: 'relative-time', text, start: result.index, end, why: WHY, resolved: resolveChrono(result, ref) });
  }
  return cues;
}
