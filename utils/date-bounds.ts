import type { Claim, NoticeFinding, Precision, StampFinding } from './report';
import { DAY_MS } from './time/day';

const HOUR = 3_600_000;

/**
 * Every bound a stated date is checked against, in one place. Each detector, the reconciler, the notice
 * check and the report's last safety net use these and nothing else.
 */
export const BOUNDS = {
  /** The web's first pages date from 1990; nothing a news page says can be older. */
  earliest: Date.UTC(1990, 0, 1),
  /** A calendar day may already have begun in the furthest-ahead time zone (UTC+14) while it is still `now` in UTC. */
  aheadZoneMs: 14 * HOUR,
  /** A web archive's capture time bounds the page's dates; the capture day is kept whole. */
  captureSlackMs: DAY_MS,
  /** "More than 5 years old" was computed when the page was served, up to a day from our `now`, perhaps in another zone. */
  noticeSlackMs: DAY_MS,
} as const;

const PERIOD = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/**
 * Whether a stated date can be true: between 1990 and `latest` (by default `now`). An instant may not be
 * after `latest` at all; a day, month or year may be the current one somewhere on Earth.
 */
export function isWithinBounds(value: string, precision: Precision, latest: Date | number): boolean {
  const limit = typeof latest === 'number' ? latest : latest.getTime();
  if (precision === 'instant') {
    const instant = Date.parse(value);
    return Number.isFinite(instant) && instant >= BOUNDS.earliest && instant <= limit;
  }
  const match = PERIOD.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), match[2] ? Number(match[2]) : 1, match[3] ? Number(match[3]) : 1];
  const start = Date.UTC(year, month - 1, day);
  const end = precision === 'year' ? Date.UTC(year + 1, 0, 1) : precision === 'month' ? Date.UTC(year, month, 1) : Date.UTC(year, month - 1, day + 1);
  return Number.isFinite(start) && end > BOUNDS.earliest && start <= limit + BOUNDS.aheadZoneMs;
}

/** The latest moment a page's dates can name when it is a web-archive capture taken at `capturedAt` (else `now`). */
export function latestPossible(now: Date, capturedAt: number | null): number {
  return capturedAt === null ? now.getTime() : Math.min(now.getTime(), capturedAt + BOUNDS.captureSlackMs);
}

type StatedAge = NonNullable<NoticeFinding['statedAge']>;

/**
 * The one reading of a notice's stated age: "more than 5 years old" at `now` means first published on or
 * before this moment (calendar years and months back from `now`). null when the notice states no age.
 */
export function noticeCutoff(age: StatedAge | null | undefined, now: Date): Date | null {
  if (!age || (!age.minYears && !age.minMonths)) return null;
  const cutoff = new Date(now.getTime());
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - (age.minYears ?? 0));
  cutoff.setUTCMonth(cutoff.getUTCMonth() - (age.minMonths ?? 0));
  return cutoff;
}

/** Whether a date starting at `epoch` is as old as the notice says (true when it states no age). */
export function isAsOldAsNotice(epoch: number, age: StatedAge | null | undefined, now: Date): boolean {
  const cutoff = noticeCutoff(age, now);
  return cutoff === null || epoch <= cutoff.getTime() + BOUNDS.noticeSlackMs;
}

export function boundedStamp(stamp: StampFinding | null, now: Date): StampFinding | null {
  return stamp && isWithinBounds(stamp.value, stamp.precision, now) ? stamp : null;
}

/** Claims keep their text; a cue's resolved date outside the bounds is dropped, not shown. */
export function boundedClaims(claims: Claim[], now: Date): Claim[] {
  return claims.map((claim) => ({
    ...claim,
    cues: claim.cues.map((cue) => (cue.resolved && !isWithinBounds(cue.resolved.value, cue.resolved.precision, now) ? { ...cue, resolved: null } : cue)),
  }));
}
