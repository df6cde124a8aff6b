import type { ClaimCue } from '../../report';
import type { CueWhy } from '../cue-why';
import type { SentenceView } from '../types';

/** A cue as a detector finds it, with how strongly it says "recheck me" (the category weight times this). */
export interface FoundCue extends ClaimCue {
  /** 0..1: 1 for an explicit cue ("for now", "on Tuesday"), less for one read from tense alone. */
  strength: number;
}

/** A match that a detector finds but that does not mean what the category means, with the reason in words. */
export interface Veto {
  why: string;
  applies(view: SentenceView, cue: FoundCue): boolean;
}

/**
 * One kind of time-sensitive statement: everything about it lives in its file. `label` is plain
 * English for the reader (a message key can be derived from `id` later); `weight` ranks it.
 */
export interface Category<Id extends string = string> {
  id: Id;
  label: string;
  /** How much a claim of this kind needs rechecking, relative to the others. */
  weight: number;
  detectors: readonly ((view: SentenceView) => FoundCue[])[];
  vetoes: readonly Veto[];
  /** Real-news-style sentences the category must flag, and ones it must not (tests read both). */
  examples: readonly string[];
  negatives: readonly string[];
}

/** The light card (id, label, weight) and the rest, given as a function so that a bundle that reads only the cards drops it. */
export function defineCategory<const Id extends string>(
  card: { id: Id; label: string; weight: number },
  rest: () => Omit<Category<Id>, 'id' | 'label' | 'weight'>,
): Category<Id> {
  return { ...card, ...rest() };
}

/** A cue pattern and the reason it gives (an id: the reader's words are in the catalogue). Patterns must be linear: no unbounded lookaround. */
export interface CuePattern {
  pattern: RegExp;
  why: CueWhy;
  strength?: number;
}

/** Every match of the patterns in the sentence as cues of one kind. */
export function patternCues(view: SentenceView, kind: string, patterns: readonly CuePattern[]): FoundCue[] {
  const cues: FoundCue[] = [];
  for (const { pattern, why, strength = 1 } of patterns) {
    for (const match of view.text.matchAll(pattern)) {
      const text = match[0].trim();
      if (!text) continue;
      const start = (match.index ?? 0) + match[0].indexOf(text);
      cues.push({ kind: kind as FoundCue['kind'], text, start, end: start + text.length, why, strength });
    }
  }
  return cues;
}
