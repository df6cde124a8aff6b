import type { StampFinding } from '../report';
import type { StampCandidate, StampRole } from './candidate';

const PRECISION_RANK = { instant: 3, day: 2, month: 1, year: 0 } as const;

/** Picks the best candidate for a role; other candidates that name another period lower its confidence. */
export function reconcile(candidates: StampCandidate[], role: StampRole): StampFinding | null {
  const ofRole = candidates.filter((c) => c.role === role);
  if (ofRole.length === 0) return null;
  const best = [...ofRole].sort(
    (a, b) => b.weight - a.weight || PRECISION_RANK[b.precision] - PRECISION_RANK[a.precision],
  )[0]!;
  const disagreements = ofRole
    .filter((c) => c !== best && !samePeriod(c, best))
    .map((c) => `${c.source}: ${c.value} (${c.evidence.slice(0, 80)})`);
  const confidence = Math.max(0.05, best.weight - 0.15 * disagreements.length);
  return {
    value: best.value,
    day: best.day,
    precision: best.precision,
    source: best.source,
    evidence: best.evidence,
    location: best.location,
    confidence: Math.round(confidence * 100) / 100,
    disagreements,
  };
}

/** Two candidates agree when the coarser one contains the finer one. */
function samePeriod(a: StampCandidate, b: StampCandidate): boolean {
  const coarse = PRECISION_RANK[a.precision] <= PRECISION_RANK[b.precision] ? a : b;
  const fine = coarse === a ? b : a;
  const fineKey = fine.day ?? fine.value;
  return fineKey.startsWith(coarse.precision === 'instant' ? (coarse.day ?? coarse.value) : coarse.day ?? coarse.value);
}
