import type { CueWhy } from '../cue-why';
import type { SentenceView } from '../types';
import type { Token } from '../tagger';
import type { FoundCue } from './category';

/** Reporting verbs ("says" attributes a statement, it is not itself a state), and verbs the forecast category reads. */
const REPORTING = new Set(['hope', 'plan', 'say', 'tell', 'add', 'note', 'explain', 'write', 'report', 'ask', 'reply', 'recall', 'describe', 'argue']);
const PRESENT_BE = new Set(['is', 'are', 'am', "'s", '’s', "'re", '’re']);
const PAST_BE = new Set(['was', 'were']);
const HAVE = new Set(['has', 'have', "'ve", '’ve']);
/** The present's "do" that carries a negation: "does not carry", "don't have". */
const PRESENT_DO = new Set(['does', 'do']);
const NEGATION = new Set(['not', "n't", 'n’t']);
/** A condition's clause ("if India does not agree") states no state. */
const CONDITION = new Set(['if', 'unless', 'whether']);
const CONDITION_REACH = 4;
const SUBJECT_PRONOUNS = new Set(['they', 'we', 'i', 'you', 'these', 'those']);
const SKIPPABLE = new Set(['ADV', 'PART']);

const isVerb = (t: Token | undefined): t is Token => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
/** The next token after `i`, skipping adverbs and "not" ("has not yet said", "is still fighting"). */
function nextContent(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && j <= i + 3 && SKIPPABLE.has(tokens[j]!.pos)) j += 1;
  return j;
}

function cue(view: SentenceView, from: Token, to: Token, why: CueWhy, strength: number): FoundCue {
  return { kind: 'present-state', text: view.text.slice(from.start, to.end), start: from.start, end: to.end, why, strength };
}

/**
 * States read from tense and aspect, not from cue words: the present progressive ("is advising"),
 * the present perfect ("has not claimed", "have been calling"), the past progressive of a report
 * ("was continuing"), a finite present verb ("controls", "rebels hold") and its negation ("does not
 * carry", "don't have"). Reporting verbs are left out.
 */
export function tenseCues(view: SentenceView): FoundCue[] {
  const { tokens } = view;
  const cues: FoundCue[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (t.pos === 'AUX' && (PRESENT_BE.has(t.lower) || PAST_BE.has(t.lower) || HAVE.has(t.lower))) {
      let j = nextContent(tokens, i);
      // "have been calling", "has been closed", "has been more stable": the perfect runs through "been" to the verb
      // or the state (an adjective) that carries it.
      const afterBeen = HAVE.has(t.lower) && tokens[j]?.lower === 'been' ? tokens[nextContent(tokens, j)] : undefined;
      if (afterBeen !== undefined && (afterBeen.pos === 'VERB' || afterBeen.pos === 'AUX' || afterBeen.pos === 'ADJ')) j = nextContent(tokens, j);
      const v = tokens[j];
      if (isVerb(v) && REPORTING.has(v.lemma) && !HAVE.has(t.lower)) continue;
      if (isVerb(v) && v.lower.endsWith('ing') && PRESENT_BE.has(t.lower)) cues.push(cue(view, t, v, 'goingOn', 0.7));
      else if (isVerb(v) && v.lower.endsWith('ing') && PAST_BE.has(t.lower)) cues.push(cue(view, t, v, 'wasGoingOn', 0.4));
      else if ((v?.pos === 'VERB' || (v === afterBeen && v?.pos === 'ADJ')) && HAVE.has(t.lower)) cues.push(cue(view, t, v, 'upToWriting', 0.6));

      if (j > i) i = j;
      continue;
    }
    if (t.pos === 'AUX' && PRESENT_DO.has(t.lower) && NEGATION.has(tokens[i + 1]?.lower ?? '')) {
      const j = nextContent(tokens, i);
      const v = tokens[j];
      const conditional = tokens.slice(Math.max(0, i - CONDITION_REACH), i).some((b) => CONDITION.has(b.lower));
      const verb = v?.pos === 'VERB' || (v?.pos === 'AUX' && v.lemma === 'have');
      if (verb && !REPORTING.has(v.lemma) && !conditional) cues.push(cue(view, t, v, 'howThingsStood', 0.6));
      if (j > i) i = j;
      continue;
    }
    if (t.pos !== 'VERB' || REPORTING.has(t.lemma)) continue;
    const before = tokens[i - 1];
    if (before && (before.pos === 'AUX' || before.pos === 'PART' || before.lower === 'to')) continue;
    const thirdPerson = t.lower !== t.lemma && t.lower.endsWith('s') && !t.lower.endsWith('ss');
    const plural = t.lower === t.lemma && before !== undefined && (SUBJECT_PRONOUNS.has(before.lower) || ((before.pos === 'NOUN' || before.pos === 'PROPN') && /s$/.test(before.lower)));
    if (thirdPerson || plural) cues.push(cue(view, t, t, 'howThingsStood', 0.4));
  }
  return cues;
}
