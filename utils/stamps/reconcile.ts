import type { StampFinding } from '../report';
import type { StampCandidate, StampRole } from './candidate';
import { localDay } from './local-day';

const PRECISION_RANK = { instant: 3, day: 2, month: 1, year: 0 } as const;
const DAY = 86_400_000;
/** Sources that state a role in machine-readable form; the visible ones check them. */
const STRONG = 0.8;
const MEDIUM = 0.5;

/**
 * Picks the stamp for a role. Published: the earliest credible date among the strongest sources (a later
 * "published" meta is often a republication); updated: the latest. Other signals that name another period
 * lower the confidence and are listed; signals that agree raise it.
 */
export function reconcile(candidates: StampCandidate[], role: StampRole): StampFinding | null {
  const ofRole = candidates.filter((c) => c.role === role);
  if (ofRole.length === 0) return null;
  const top = Math.max(...ofRole.map((c) => c.weight));
  const floor = top >= STRONG ? STRONG : top >= MEDIUM ? MEDIUM : 0;
  const pool = ofRole.filter((c) => c.weight >= floor && c.precision !== 'year' && c.precision !== 'month');
  const ranked = (pool.length > 0 ? pool : ofRole).sort(
    (a, b) =>
      (role === 'published' ? dayKey(a) - dayKey(b) : dayKey(b) - dayKey(a)) ||
      b.weight - a.weight ||
      PRECISION_RANK[b.precision] - PRECISION_RANK[a.precision] ||
      (role === 'published' ? a.epoch - b.epoch : b.epoch - a.epoch),
  );
  const best = ranked[0]!;
  const others = candidates.filter((c) => c !== best && c.role === role);
  const agreeing = new Set(others.filter((c) => samePeriod(c, best)).map((c) => c.source));
  agreeing.delete(best.source);
  const disagreeing = others.filter((c) => c.weight >= MEDIUM && !samePeriod(c, best));
  const disagreeingSources = new Set(disagreeing.map((c) => c.source));
  disagreeingSources.delete(best.source);
  const confidence = Math.min(0.99, Math.max(0.05, best.weight + 0.05 * agreeing.size - 0.15 * disagreeingSources.size));
  return {
    value: best.value,
    day: localDay(best, candidates),
    precision: best.precision,
    source: best.source,
    evidence: best.evidence,
    location: best.location,
    confidence: Math.round(confidence * 100) / 100,
    disagreements: disagreeing.slice(0, 8).map((c) => `${c.source}: ${c.value} (${c.location}: ${c.evidence.slice(0, 80)})`),
  };
}

/** Day number of a candidate, for ordering; coarse ones sort at the start of their period. */
function dayKey(c: StampCandidate): number {
  return Math.floor(c.epoch / DAY);
}

/** Two candidates agree when the coarser contains the finer, or their days are at most one apart (time zones). */
export function samePeriod(a: StampCandidate, b: StampCandidate): boolean {
  if (a.day && b.day) return Math.abs(Date.parse(a.day) - Date.parse(b.day)) <= DAY;
  const coarse = PRECISION_RANK[a.precision] <= PRECISION_RANK[b.precision] ? a : b;
  const fine = coarse === a ? b : a;
  return (fine.day ?? fine.value).startsWith(coarse.value);
}
