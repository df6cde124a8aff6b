import type { StampFinding } from '../utils/report';

/** Below this a stamp gets the "?" mark and is told as "not sure". */
export const LOW_CONFIDENCE = 0.5;
/** From this on the signals agree well enough to say "sure". */
export const SURE_CONFIDENCE = 0.8;

export type ConfidenceLevel = 'sure' | 'fairly-sure' | 'unsure';

export function confidenceLevel(stamp: Pick<StampFinding, 'confidence'>): ConfidenceLevel {
  if (stamp.confidence < LOW_CONFIDENCE) return 'unsure';
  return stamp.confidence >= SURE_CONFIDENCE ? 'sure' : 'fairly-sure';
}

export function isLowConfidence(stamp: Pick<StampFinding, 'confidence'> | null): boolean {
  return stamp !== null && stamp.confidence < LOW_CONFIDENCE;
}
