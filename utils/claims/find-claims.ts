import type { Claim, StampFinding } from '../report';

/**
 * The article's time-sensitive sentences, ranked. `published` is the reference for relative
 * dates; `now` only bounds what may be resolved. Runs off the page's critical path.
 */
export function findClaims(_doc: Document, _published: StampFinding | null, _now: Date): Claim[] {
  return [];
}
