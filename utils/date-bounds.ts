import type { Claim, Precision, StampFinding } from './report';
import { EARLIEST_PLAUSIBLE } from './stamps/validate';

/** A calendar day may already have begun in the furthest-ahead time zone (UTC+14) while it is still `now` in UTC. */
const AHEAD_ZONE_MS = 14 * 3_600_000;

const PERIOD = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/**
 * The last safety net before a report leaves utils/: whatever a detector let through, a stated
 * date must fall between 1990 and `now`. An instant may not be after `now` at all; a day, month or
 * year may be the current one somewhere on Earth.
 */
export function isWithinBounds(value: string, precision: Precision, now: Date): boolean {
  if (precision === 'instant') {
    const instant = Date.parse(value);
    return Number.isFinite(instant) && instant >= EARLIEST_PLAUSIBLE && instant <= now.getTime();
  }
  const match = PERIOD.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), match[2] ? Number(match[2]) : 1, match[3] ? Number(match[3]) : 1];
  const start = Date.UTC(year, month - 1, day);
  const end = precision === 'year' ? Date.UTC(year + 1, 0, 1) : precision === 'month' ? Date.UTC(year, month, 1) : Date.UTC(year, month - 1, day + 1);
  return Number.isFinite(start) && end > EARLIEST_PLAUSIBLE && start <= now.getTime() + AHEAD_ZONE_MS;
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
