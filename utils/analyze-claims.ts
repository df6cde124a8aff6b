import { claimsSkipReason } from './analysis-limits';
import { scanClaims, type ScanOptions } from './claims/find-claims';
import { untimed } from './claims/parts';
import { boundedClaims } from './date-bounds';
import type { Claim, StampFinding } from './report';

export interface ClaimsResult {
  claims: Claim[];
  /** Why no claims were looked for (page too large or too deep), or why the step failed. */
  problem: string | null;
}

/**
 * The claims step on its own, the one path both analyzePage and the popup take: guarded against
 * pages too large or too deep for Readability, and bounded so no resolved date lies after `now` or
 * before 1990. `published` is the reference for relative dates. `options.overBudget` lets the caller
 * stop it at a deadline (the popup allows one second). Never throws, never changes `doc`.
 */
export function analyzeClaims(doc: Document, published: StampFinding | null, now: Date, options: ScanOptions = {}): ClaimsResult {
  const skip = (options.timed ?? untimed)('guard', () => claimsSkipReason(doc));
  if (skip) return { claims: [], problem: skip };
  try {
    const { claims, skipped } = scanClaims(doc, published, now, options);
    return { claims: boundedClaims(claims, now), problem: skipped > 0 ? `claims cut short: time limit reached, ${skipped} sentences not read` : null };
  } catch (error) {
    return { claims: [], problem: `claims failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
