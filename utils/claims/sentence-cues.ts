import { CATEGORIES } from './categories';
import type { FoundCue } from './categories/category';
import { isFurniture } from './furniture';
import { mergeCues } from './merge-cues';
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
