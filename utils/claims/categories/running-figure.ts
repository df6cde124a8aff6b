import { statesPastYear } from '../view-helpers';
import { defineCategory, type Category, patternCues, type CuePattern, type FoundCue } from './category';
import type { SentenceView } from '../types';

/** wink-nlp's number entities that are counts or amounts (not dates, times, ordinals or durations). */
const AMOUNT_ENTITIES = new Set(['CARDINAL', 'MONEY', 'PERCENT']);
const WHY = 'figure';
/** Spelled-out amounts the model may miss: "hundreds of millions", "a dozen", "half a million", "tens of thousands". */
const SPELLED: CuePattern[] = [
  { pattern: /\b(?:(?:hundreds|thousands|tens) of (?:thousands|millions|billions)|(?:hundreds|thousands|millions|billions) of \w+|(?:a|half a|one) (?:dozen|hundred|thousand|million|billion)|dozens of \w+)\b/gi, why: WHY },
  { pattern: /\b(?:death toll|toll|approval rating|unemployment rate|inflation|share price|exchange rate|interest rates?|poll(?:s|ing)?)\b(?=[^.]{0,60}\d)/gi, why: 'movingFigure' },
];
/**
 * A count that goes on: an ordinal that numbers an item in a running series ("its third such announcement
 * since the deal", "the fifth time this year", "a second straight quarter", "for the 10th day in a row").
 * The next one makes it wrong. Each pattern reaches at most four words past the ordinal.
 */
const ORDINAL = '(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,3}(?:st|nd|rd|th))';
const RUNNING_ORDINAL: CuePattern[] = [
  { pattern: new RegExp(`\\b${ORDINAL}(?: such| straight| consecutive| successive)? [a-z’'-]+(?: [a-z’'-]+){0,2}?,? (?:since|so far|in a row|this (?:year|season|month|week|decade|century))\\b`, 'gi'), why: WHY },
  { pattern: new RegExp(`\\b${ORDINAL} (?:straight|consecutive|successive) [a-z]+\\b`, 'gi'), why: WHY },
];
/** A bare year or a season's span of years ("2023/24", "2019-20"), an age, a time of day or a number inside a name is not a running figure. */
const YEAR = /^(?:in |by |since )?(?:19|20)\d{2}(?:[/–-](?:(?:19|20)?\d{2}))?s?$/i;
/** The figure's number alone (the hedge and noun stripped), for the vetoes. */
const numberOf = (text: string): string => text.replace(HEDGE_START, '').replace(/ [a-z]+$/i, '');
const HEDGE_START = /^(?:more than|over|nearly|almost|about|around|some|at least|up to|roughly|fewer than|less than|just over|just under) /i;
const AGE_AFTER = /^(?:-| )years?[- ]old|^,? (?:who|was|is)\b/i;
const AGE_BEFORE = /(?:\baged?|\bage of|, ) ?$/i;
const AGE_CLAUSE = /\b(?:who|he|she) (?:was|is|were) $/i;
/** "two groups of four": small spelled-out counts are seldom running figures. */
const SMALL_SPELLED = /^(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i;
const PLACE_OR_MEASURE = /^ (?:(?:miles|kilometres|kilometers|km|feet|metres|meters) )?(?:north|south|east|west|northeast|northwest|southeast|southwest|away|outside|off|from)\b|^ degrees\b/i;
const SMALL_WORD = /^(?:one|two|a|an|single)$/i;

/** "more than 500,000 people": the hedge before the number and the counted noun after it belong to the figure. */
const HEDGE = /(?:more than|over|nearly|almost|about|around|some|at least|up to|roughly|fewer than|less than|just over|just under) $/i;

function entityCues(view: SentenceView): FoundCue[] {
  return view.entities.filter((e) => AMOUNT_ENTITIES.has(e.type)).map((e) => {
    const hedge = HEDGE.exec(view.text.slice(Math.max(0, e.start - 16), e.start));
    const start = hedge ? e.start - hedge[0].length : e.start;
    const noun = view.tokens[e.last + 1];
    const end = e.type === 'CARDINAL' && noun?.pos === 'NOUN' ? noun.end : e.end;
    const strength = e.type !== 'CARDINAL' ? 1 : SMALL_SPELLED.test(e.text) ? 0.4 : 0.8;
    return { kind: 'running-figure', text: view.text.slice(start, end), start, end, why: WHY, strength };
  });
}

/** The light part (read by settings, the options page and the content script without loading any detector). */
export const runningFigureCard = { id: 'running-figure', label: 'Running figure', weight: 3 } as const;

export const runningFigure: Category<'running-figure'> = /* @__PURE__ */ defineCategory(runningFigureCard, () => ({
  detectors: [entityCues, (view) => patternCues(view, 'running-figure', SPELLED), (view) => patternCues(view, 'running-figure', RUNNING_ORDINAL)],
  vetoes: [
    { why: 'a year is a date, not a figure', applies: (_view, cue) => YEAR.test(numberOf(cue.text)) },
    { why: 'one or two of something is not a running count', applies: (_view, cue) => SMALL_WORD.test(numberOf(cue.text)) },
    { why: 'an age', applies: (view, cue) => AGE_AFTER.test(view.text.slice(cue.end, cue.end + 12)) && AGE_BEFORE.test(view.text.slice(Math.max(0, cue.start - 8), cue.start)) },
    { why: 'an age', applies: (view, cue) => /^(?:-| )years?[- ]old/i.test(view.text.slice(cue.end, cue.end + 12)) || AGE_CLAUSE.test(view.text.slice(Math.max(0, cue.start - 12), cue.start)) },
    { why: 'a distance to a place or a physical measure does not change', applies: (view, cue) => PLACE_OR_MEASURE.test(view.text.slice(cue.end, cue.end + 24)) || / degrees?$/i.test(cue.text) },
    { why: 'a figure from a stated earlier year is history', applies: (view, cue) => statesPastYear(view, cue.start) },
  ],
  examples: [
    'More than 160,000 displaced people are sheltering in schools.',
    'The repairs will cost $4.5 million, the city said.',
    'Unemployment rose to 5.2% in the third quarter.',
    'Hundreds of millions of dollars in aid have been pledged.',
    'The company also said it was lowering prices across the store, its third such announcement since the acquisition.',
    'Prices fell for a second straight quarter.',
  ],
  negatives: [
    'In 1998 the bridge cost $40 million to build.',
    'The suspect, who is 34, was arrested at his home.',
    'Smith, 21, was released on bail.',
    'The storms will be named for the 2023/24 winter storm season.',
    'Sales fell in the third quarter of 2019.',
    'He was the second son of a fisherman.',
  ],
}));
