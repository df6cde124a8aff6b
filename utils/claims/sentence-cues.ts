import { CATEGORIES } from './categories';
import type { FoundCue } from './categories/category';
import { isFurniture } from './furniture';
import { mergeCues } from './merge-cues';
import { MIN_RAW, rawScore } from './score';
import { sentenceView } from './sentence-view';
import type { Reference, SentenceView } from './types';

/** Every cue of every category in one sentence view, less those a category's vetoes reject, overlaps merged. */
export function viewCues(view: SentenceView): FoundCue[] {
  if (isFurniture(view.text)) return [];
  const found: FoundCue[] = [];
  for (const category of CATEGORIES) {
    for (const detect of category.detectors) {
      for (const cue of detect(view)) if (!category.vetoes.some((veto) => veto.applies(view, cue))) found.push(cue);
    }
  }
  return mergeCues(found);
}

/** Every cue in one sentence, read on its own (index 0: no lead bonus applies to cues). */
export function sentenceCues(sentence: string, ref: Reference | null): FoundCue[] {
  return viewCues(sentenceView(sentence, ref, 0));
}

/** One sentence read as the list reads it, at body position `index` (past the lead by default): its cues and whether it is listed. */
export function sentenceVerdict(sentence: string, ref: Reference | null, index = 10): { cues: FoundCue[]; listed: boolean } {
  const view = sentenceView(sentence, ref, index);
  const cues = viewCues(view);
  return { cues, listed: cues.length > 0 && rawScore(cues, view).listing >= MIN_RAW };
}
