import type { ClaimCue } from '../report';

type Weighed = ClaimCue & { strength?: number };

/**
 * One cue per stretch of text: where cues overlap, the stronger one stays (an explicit cue word over
 * a reading of tense), then the longer (it says more), keeping the strongest strength of the same kind and a resolved date of a dropped cue.
 * Ordered by position.
 */
export function mergeCues<C extends Weighed>(cues: readonly C[]): C[] {
  const byLength = [...cues].sort((a, b) => (b.strength ?? 1) - (a.strength ?? 1) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: C[] = [];
  for (const cue of byLength) {
    const overlapping = kept.find((k) => cue.start < k.end && k.start < cue.end);
    if (!overlapping) kept.push({ ...cue });
    else if (overlapping.kind === cue.kind) {
      if (!overlapping.resolved && cue.resolved) overlapping.resolved = cue.resolved;
      if (cue.strength !== undefined && cue.strength > (overlapping.strength ?? 1)) overlapping.strength = cue.strength;
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
