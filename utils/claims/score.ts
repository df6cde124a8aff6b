import type { ClaimCategory, ClaimCue } from '../report';
import { CATEGORY_WEIGHTS, EXTRA_CUE_WEIGHT, SCORE_SCALE } from './constants';

/**
 * How much a reader needs to recheck a sentence, 0..1: each category present adds its weight
 * (lapsing states, changing figures and office holders most; relative times; forecasts and
 * records least), each further cue of a category adds a little. More cues, higher score.
 */
export function scoreCues(cues: readonly ClaimCue[]): number {
  const counts = new Map<ClaimCategory, number>();
  for (const cue of cues) counts.set(cue.kind, (counts.get(cue.kind) ?? 0) + 1);
  let raw = 0;
  for (const [kind, count] of counts) raw += CATEGORY_WEIGHTS[kind] + (count - 1) * EXTRA_CUE_WEIGHT;
  return Math.round((1 - Math.exp(-raw / SCORE_SCALE)) * 1000) / 1000;
}

/** Categories in the order of their weight, so the first tag is the strongest reason. */
export function categoriesOf(cues: readonly ClaimCue[]): ClaimCategory[] {
  return [...new Set(cues.map((c) => c.kind))].sort((a, b) => CATEGORY_WEIGHTS[b] - CATEGORY_WEIGHTS[a]);
}
