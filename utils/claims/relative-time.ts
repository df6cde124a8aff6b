import { casual, type ParsedResult } from 'chrono-node';
import type { ClaimCue } from '../report';
import { FUTURE_CONTEXT, RELATIVE_EXTRA, WEEKDAY } from './constants';
import { coarseResolved, dayResolved, monthResolved, yearResolved } from './date-label';
import { referenceInstant } from './reference';
import { resolveWeekday } from './resolve-weekday';
import type { Reference, ResolvedDate } from './types';

/** chrono results that count from the reference date (not "12 June 2014"): by tag, or by wording
 * for the few parsers that leave no tag ("this month"). */
const RELATIVE_TAG = /^(?:result\/relativeDate|casualReference\/)/;
const RELATIVE_WORDING = /^(?:this|next|last|past|coming) (?:week|weekend|month|year)\b/i;
/** chrono reads "now" as a date; here it is a present-state cue. */
const NOT_A_DATE = /^(?:right )?now$|^(?:the )?(?:time being)$/i;
const WHY = 'counts from the day of writing, not from today';

function unitOf(text: string): 'year' | 'month' | 'week' | 'day' {
  return /\byears?\b/i.test(text) ? 'year' : /\bmonths?\b/i.test(text) ? 'month' : /\bweeks?\b/i.test(text) ? 'week' : 'day';
}

function resolveChrono(result: ParsedResult, ref: Reference | null): ResolvedDate | null {
  if (!ref) return null;
  const [y, m, d] = [result.start.get('year') ?? ref.year, result.start.get('month') ?? 1, result.start.get('day') ?? 1];
  const unit = unitOf(result.text);
  if (unit === 'year') return yearResolved(y);
  if (ref.precision !== 'day') return coarseResolved(ref, `a ${unit}`, y - ref.year);
  if (unit === 'month') return monthResolved(y, m);
  return dayResolved(Date.UTC(y, m - 1, d), unit === 'week' ? 'week around ' : '');
}

function resolveExtra(text: string, ref: Reference | null): ResolvedDate | null {
  const match = /(earlier|later|late|early) this (year|month|week)/i.exec(text);
  if (!ref || !match) return null;
  const when = `${match[1]!.toLowerCase()} in `;
  if (match[2]!.toLowerCase() === 'year') return yearResolved(ref.year, when);
  if (ref.precision === 'day' && match[2]!.toLowerCase() === 'month') return monthResolved(ref.year, ref.month, when);
  if (ref.precision === 'day') return dayResolved(Date.UTC(ref.year, ref.month - 1, ref.day), `${match[1]!.toLowerCase()} in the week of `);
  return coarseResolved(ref, `a ${match[2]!.toLowerCase()}`);
}

/**
 * Relative times in a sentence, each resolved against the publish stamp: weekdays with a past
 * bias (news reports what happened), chrono-node for "yesterday", "a day earlier", "last week",
 * "next year", and our own patterns for "earlier this year" and "recently".
 */
export function relativeTimeCues(sentence: string, ref: Reference | null): ClaimCue[] {
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
  const instant = ref ? referenceInstant(ref) : new Date(Date.UTC(2000, 0, 1));
  for (const result of casual.parse(sentence, { instant, timezone: 0 })) {
    const relative = [...result.tags()].some((tag) => RELATIVE_TAG.test(tag)) || RELATIVE_WORDING.test(result.text);
    if (!relative || NOT_A_DATE.test(result.text.trim())) continue;
    const text = result.text.replace(/[\s,.]+$/, '');
    cues.push({ kind: 'relative-time', text, start: result.index, end: result.index + text.length, why: WHY, resolved: resolveChrono(result, ref) });
  }
  return cues;
}
