import { inQuote } from '../view-helpers';
import { defineCategory, type Category, patternCues, type CuePattern, type FoundCue } from './category';
import type { SentenceView } from '../types';

const FORECAST_WORDS: CuePattern[] = [
  { pattern: /\b(?:is|are|was|were) (?:expected|likely|set|due|poised|scheduled|slated|projected|forecast|to be) to\b|\b(?:is|are|was|were) to (?!be\b)\w+/g, why: 'expectation' },
  { pattern: /\b(?:plans?|planned|planning|intends?|intended|aims?|seeks?|vows?|vowed|pledges?|pledged|promises?|promised) to\b/g, why: 'intention' },
  { pattern: /\b(?:threaten(?:s|ed|ing)?|predict(?:s|ed|ing)?|warn(?:s|ed|ing)?)\b/g, why: 'prediction' },
  { pattern: /\b(?:would|could) (?:eventually |soon |likely )?(?:need|be|allow|have|take|include|cost|require|bring|open|close|begin|start|end|replace)\b/g, why: 'prospect', strength: 0.8 },
];

/** "will" / "won't" / "going to" as verbs (wink-nlp tags "political will" a noun), and "hopes" as a verb. */
function modalCues(view: SentenceView): FoundCue[] {
  const cues: FoundCue[] = [];
  view.tokens.forEach((t, i) => {
    const next = view.tokens[i + 1];
    const verbFollows = next !== undefined && next.pos !== 'PUNCT';
    const future = (t.lower === 'will' || t.lower === 'wo' || t.lower === 'shall') && t.pos === 'AUX' && verbFollows;
    const going = t.lower === 'going' && next?.lower === 'to' && view.tokens[i + 2]?.pos === 'VERB';
    const hopes = t.lemma === 'hope' && (t.pos === 'VERB' || HOPE_OBJECT.has(next?.pos ?? ''));
    if (future || going) cues.push({ kind: 'forecast', text: t.text, start: t.start, end: t.end, why: 'forecast', strength: 1 });
    else if (hopes) cues.push({ kind: 'forecast', text: t.text, start: t.start, end: t.end, why: 'hope', strength: 0.8 });
  });
  return cues;
}

/** "hopes the talks…", "hopes to", "hopes that": what follows a verb, not a noun. */
const HOPE_OBJECT = new Set(['DET', 'PRON', 'PART', 'SCONJ', 'PROPN']);
const MODAL = /^(?:will|wo|shall|going|would \w+|could \w+)$/i;

/** A general truth in the future tense ("warmer air will hold more moisture"): no name, number or date to pin it to. */
const isGeneric = (view: SentenceView): boolean =>
  /\bin (?:the )?future\b|\bin a warm(?:er|ing) world\b/i.test(view.text) || !view.tokens.some((t, i) => (t.pos === 'PROPN' && i > 0) || (t.pos === 'NUM' && t.lower !== 'one')) && !view.entities.some((e) => e.type === 'DATE');

/** The light part (read by settings, the options page and the content script without loading any detector). */
export const forecastCard = { id: 'forecast', label: 'Forecast', weight: 2 } as const;

export const forecast: Category<'forecast'> = /* @__PURE__ */ defineCategory(forecastCard, () => ({
  detectors: [modalCues, (view) => patternCues(view, 'forecast', FORECAST_WORDS)],
  vetoes: [
    { why: 'a general statement, not a forecast about this story', applies: (view, cue) => MODAL.test(cue.text) && isGeneric(view) },
    { why: 'a prospect inside a quote is rhetoric', applies: (view, cue) => cue.strength < 1 && inQuote(view, cue.start) },
  ],
  examples: [
    'Spending on interest will exceed defence spending by 2030.',
    'The deal with Stellantis would need to be ratified by union members.',
    'The company plans to close 40 stores next year.',
    'The ministry is expected to announce the results on Monday.',
  ],
  negatives: [
    'Warmer air will hold more moisture.',
    'This will be costly, but far less costly than doing nothing.',
    'It takes political will to change course.',
  ],
}));
