import type { ParsedResult } from 'chrono-node';
import type { ClaimCue } from '../report';
import type { Entity, Token } from './tagger';

/** A resolved date as ClaimCue.resolved carries it. */
export type ResolvedDate = NonNullable<ClaimCue['resolved']>;

/** What the publish stamp lets relative dates be resolved against. */
export type Reference =
  | { precision: 'day'; year: number; month: number; day: number }
  | { precision: 'month'; year: number; month: number }
  | { precision: 'year'; year: number };

/** One body sentence as every detector sees it: text, tagged words, entities, dates, quotes and the reference date. */
export interface SentenceView {
  text: string;
  tokens: Token[];
  entities: Entity[];
  /** Spans inside quotation marks. */
  quotes: { start: number; end: number }[];
  /** What chrono-node reads as dates, against the reference date. */
  dates: ParsedResult[];
  ref: Reference | null;
  /** Position among the body's sentences (0 = the lead). */
  index: number;
}
