import type { ClaimCue } from '../report';

/** A resolved date as ClaimCue.resolved carries it. */
export type ResolvedDate = NonNullable<ClaimCue['resolved']>;

/** What the publish stamp lets relative dates be resolved against. */
export type Reference =
  | { precision: 'day'; year: number; month: number; day: number }
  | { precision: 'month'; year: number; month: number }
  | { precision: 'year'; year: number };
