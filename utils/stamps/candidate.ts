import type { Precision, StampSource } from '../report';

/** What a stamp is claimed to be: first publication, or the latest change. */
export type StampRole = 'published' | 'updated';

/** One date a signal found, before reconciliation. Each detector returns a list of these. */
export interface StampCandidate {
  role: StampRole;
  source: StampSource;
  /** ISO value at `precision`; instants keep the page's own offset. */
  value: string;
  /** The publisher's local calendar day, or null below day precision. */
  day: string | null;
  precision: Precision;
  /** Milliseconds since the epoch at the start of the stated period, for ordering and bounds. */
  epoch: number;
  evidence: string;
  location: string;
  /** The detector's own trust in this candidate, 0..1, before reconciliation. */
  weight: number;
}
