import { yearResolved } from '../date-label';
import { defineCategory, type Category, patternCues, type CuePattern } from './category';

const RECORD_WORDS: CuePattern[] = [
  { pattern: /\b(?:(?:levels?|numbers?|rates?) )?(?:unseen|unmatched|not seen|unprecedented|highest|lowest|largest|biggest|worst|deadliest|best|most|fewest|first|strongest|weakest|longest|fastest)\b[\w ,’'-]{0,40}?\bsince (?:(?:19|20)\d{2}|the \w+|records began)\b/g, why: 'recordSince' },
  { pattern: /\bfor the first time\b|\bthe first (?:recorded )?time\b|\bthe first (?:\w+ ){0,5}(?:ever )?to\b/g, why: 'first' },
  // "She is the first state justice of …", "is only the second woman to …", "is the latest member … to": a place
  // in a series that may since have grown. Not a step, a part, a half or a round of something.
  { pattern: /\b(?:is|are|was|were|became|becomes|become|remains) (?:only )?the (?:first|second|third|latest)(?! (?:steps?|parts?|half|stages?|phases?|rounds?|things?|signs?|one|of|time)\b) (?:[\w’'-]+ ){1,5}?(?:ever\b|to\b|of\b|in\b|on\b|at\b|since\b)/gi, why: 'first' },
  { pattern: /\b(?:(?:near|all-time|new)[- ])?record[- ](?:highs?|lows?|levels?|numbers?|breaking|setting|heat|temperatures?|warming|rain(?:fall)?|snow(?:fall)?|sales|profits?|losses|prices?|demand|turnout|attendance|crowds?|pace|total|amount|year|month|quarter|\d[\d,.]*)\b|\ball-time (?:high|low)\b|\bon record\b|\bever recorded\b|\bin (?:recent )?history\b|\bhave been recorded\b/g, why: 'record' },
];
const SINCE_YEAR = /\bsince ((?:19|20)\d{2})\b/;

/** The light part (read by settings, the options page and the content script without loading any detector). */
export const recordCard = { id: 'record', label: 'Record', weight: 2 } as const;

export const record: Category<'record'> = /* @__PURE__ */ defineCategory(recordCard, () => ({
  detectors: [(view) => patternCues(view, 'record', RECORD_WORDS).map((cue) => {
    const year = SINCE_YEAR.exec(cue.text)?.[1];
    return year ? { ...cue, resolved: yearResolved(Number(year), 'since') } : cue;
  })],
  vetoes: [],
  examples: [
    'Violence has reached levels unseen since 2007.',
    'It was the first film in a foreign language to win the award.',
    'Only two storms this strong have been recorded in the region.',
    'She is the first state justice of Native American heritage.',
    'The heatwave drove record demand for electricity across the state.',
    'He is the latest member of the family to become infected with the virus.',
    'The new judge is only the second woman to serve on the court.',
  ],
  negatives: ['The first settlers arrived in the valley in 1820.', 'This is the first step in a long process.', 'He was the first of five children.', 'The band signed with a record label in London.'],
}));
