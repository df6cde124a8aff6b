import type { ClaimCue } from '../report';

/**
 * One cue per stretch of text: where cues overlap, the longer one stays (it says more), and a
 * resolved date of a dropped cue moves to the one that stays. Ordered by position.
 */
export function mergeCues<C extends ClaimCue>(cues: readonly C[]): C[] {
  const byLength = [...cues].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: C[] = [];
  for (const cue of byLength) {
    const overlapping = kept.find((k) => cue.start < k.end && k.start < cue.end);
    if (!overlapping) kept.push({ ...cue });
    else if (!overlapping.resolved && cue.resolved && overlapping.kind === cue.kind) overlapping.resolved = cue.resolved;
  }
  return kept.sort((a, b) => a.start - b.start);
}
