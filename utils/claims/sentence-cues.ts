import type { ClaimCue } from '../report';
import { mergeCues } from './merge-cues';
import { forecastCues, officeHolderCues, presentStateCues, recordCues, runningFigureCues } from './pattern-cues';
import { relativeTimeCues } from './relative-time';
import type { Reference } from './types';

/** Every cue in one sentence, detectors in order of trust, overlaps merged. */
export function sentenceCues(sentence: string, ref: Reference | null): ClaimCue[] {
  return mergeCues([
    ...recordCues(sentence),
    ...officeHolderCues(sentence),
    ...relativeTimeCues(sentence, ref),
    ...presentStateCues(sentence),
    ...runningFigureCues(sentence),
    ...forecastCues(sentence),
  ]);
}
