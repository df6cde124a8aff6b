import type { ClaimCue } from '../../utils/report';
import type { MessageKey, Words } from './words';
import { DAY_MS } from '../../utils/time/day';

type Resolved = NonNullable<ClaimCue['resolved']>;

/** Why a stretch is a cue, in the reader's language (`cue.<id>` in locales/*.yml). */
export function cueWhy(cue: Pick<ClaimCue, 'why'>, words: Words): string {
  return words.t(`cue.${cue.why}` as MessageKey);
}

const AT: Record<'day' | 'month' | 'year', Intl.DateTimeFormatOptions> = {
  day: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};
/** 1 January 2023 was a Sunday: weekday n (0 = Sunday) is the n-th of January 2023. */
const SUNDAY = Date.UTC(2023, 0, 1);
const WITHIN_WEEK = new Set(['early', 'earlier', 'late', 'later']);

/**
 * A resolved date in the reader's language: "Tue, 10 Jun 2014", "since 2007", "the week around …",
 * "a Thursday in 2014", "earlier in June 2014" (Intl.DateTimeFormat for the date, the catalogue's
 * `resolved.*` for the words around it).
 */
export function resolvedDate(resolved: Resolved, words: Words): string {
  const [year = 1970, month = 1, day = 1] = resolved.value.split('-').map(Number);
  const precision = resolved.precision === 'instant' ? 'day' : resolved.precision;
  const at = new Intl.DateTimeFormat(words.locale, { ...AT[precision], timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
  const { qualifier } = resolved;
  if (!qualifier) return at;
  if (qualifier === 'someWeekday') {
    const weekday = new Intl.DateTimeFormat(words.locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(SUNDAY + (resolved.weekday ?? 0) * DAY_MS));
    return words.t('resolved.someWeekday', [weekday, at]);
  }
  const key = precision === 'day' && WITHIN_WEEK.has(qualifier) ? `resolved.${qualifier}Week` : `resolved.${qualifier}`;
  return words.t(key as MessageKey, [at]) || at;
}

/** One cue's resolved date as the popup lists it: “last week” → the week around Thu, 5 Jun 2014. */
export function resolvedLine(cue: Pick<ClaimCue, 'text' | 'resolved'>, words: Words): string | null {
  return cue.resolved ? words.t('claims.resolvedAs', [cue.text, resolvedDate(cue.resolved, words)]) : null;
}
