import type { SentenceView } from '../types';
import type { FoundCue } from './category';

/**
 * A state the story says still held when it was written: "remained formally opposed", "remains at war",
 * "stayed closed". Read from the tags, so any complement counts, not a list of words: "remain" or "stay"
 * (past or present, with at most two adverbs between) before an adjective or a participle, and "remain"
 * before a state's preposition ("at war", "in custody", "under investigation", "behind bars"). "Stay"
 * before a place ("stayed in a hotel") is a visit, and "the remains of" is a noun: neither is read.
 */
const REMAIN = new Set(['remain', 'stay']);
const STATE_PREPOSITIONS = new Set(['at', 'in', 'on', 'under', 'behind', 'without', 'out']);
const PARTICIPLE = /(?:ed|en)$/;
const MAX_ADVERBS = 2;
const STRENGTH = 0.8;

export function lastingStateCues(view: SentenceView): FoundCue[] {
  const { tokens } = view;
  const cues: FoundCue[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const verb = tokens[i]!;
    if ((verb.pos !== 'VERB' && verb.pos !== 'AUX') || !REMAIN.has(verb.lemma)) continue;
    let j = i + 1;
    while (j < tokens.length && j <= i + MAX_ADVERBS && tokens[j]!.pos === 'ADV') j += 1;
    const next = tokens[j];
    if (!next) continue;
    const state = next.pos === 'ADJ' || (next.pos === 'VERB' && PARTICIPLE.test(next.lower))
      || (verb.lemma === 'remain' && next.pos === 'ADP' && STATE_PREPOSITIONS.has(next.lower));
    if (state) cues.push({ kind: 'present-state', text: view.text.slice(verb.start, next.end), start: verb.start, end: next.end, why: 'holdsUntilChange', strength: STRENGTH });
  }
  return cues;
}
