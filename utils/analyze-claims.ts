import { claimsSkipReason } from './analysis-limits';
import { findClaims } from './claims/find-claims';
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
 * before 1990. `published` is the reference for relative dates. Never throws, never changes `doc`.
 */
export function analyzeClaims(doc: Document, published: StampFinding | null, now: Date): ClaimsResult {
  const skip = claimsSkipReason(doc);
  if (skip) return { claims: [], problem: skip };
  try {
    return { claims: boundedClaims(findClaims(doc, published, now), now), problem: null };
  } catch (error) {
    return { claims: [], problem: `claims failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
