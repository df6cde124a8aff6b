import { inQuote, statesPastYear } from '../view-helpers';
import { defineCategory, type Category, patternCues, type CuePattern } from './category';
import { lastingStateCues } from './lasting-state';
import { tenseCues } from './tense';

/** Cue words of a lapsing state. Each pattern reaches at most a few words: linear on any input. */
const STATE_WORDS: CuePattern[] = [
  { pattern: /\b(?:for now|for the time being|as of now|at present|at the moment|currently|so far|to date|as things stand|already)\b/gi, why: 'mayHaveChanged' },
  { pattern: /\b(?:remains?|remained|stays?) (?:firmly )?(?:in (?:control|charge|power|office|place|custody|hiding)|open|closed|missing|unclear|unknown|hospitali[sz]ed)\b/g, why: 'holdsUntilChange' },
  { pattern: /\b(?:firmly |now |still )?(?:under (?:its|their|his|her|the \w+) control|in control of)\b/g, why: 'control' },
  { pattern: /\bstill (?:in (?:control|charge|power|office)|[a-z]{2,20})\b/g, why: 'still' },
  { pattern: /\b(?:now|currently) (?:control|controls|holds?|has|have|runs?|leads?|lives?|works?|owns?|employs?|stands?|is|are)\b/g, why: 'now' },
  { pattern: /\bnow\b(?! that)/g, why: 'now' },
  { pattern: /\b(?:is|are|was|were) (?:now )?(?:looking to see|considering|weighing|reviewing|investigating|in talks|negotiating)\b/g, why: 'openQuestion' },
  { pattern: /\b(?:has|have|had) yet to\b|\bnot yet\b|\b(?:is|are) not known\b/g, why: 'notYet' },
  // A state that has changed and holds as the story is written: "are no longer available", "isn't open anymore".
  { pattern: /\bno longer\b|\banymore\b/gi, why: 'holdsUntilChange' },
  { pattern: /\b(?:ongoing|continu(?:e|es|ing)|under way|underway|is taking place)\b/g, why: 'ongoing' },
  { pattern: /\bfailed to\b/g, why: 'notDone', strength: 0.7 },
  // A case still open when the story ran: "they face charges of trafficking", "faces up to 10 years", "facing extradition".
  { pattern: /\b(?:faces?|facing) (?:(?:\w+ ){0,3}?(?:charges?|counts?|trial|prosecution|extradition|deportation|sentencing|lawsuits?)|up to)\b/gi, why: 'holdsUntilChange' },
];

/**
 * A habit or a standing rule, not a state of the day: "names storms each winter season", "usually opens at
 * nine". Read only against the tense-only cues (a cue word such as "still" or "now" keeps its weight).
 */
const HABITUAL = /\b(?:each|every) (?:(?:other|single) )?(?:(?:winter|summer|spring|autumn|fall|storm|school|tax|fiscal) )?(?:day|night|morning|evening|week|weekend|month|year|season|time|spring|summer|autumn|fall|winter)s?\b|\b(?:usually|typically|generally|traditionally|routinely|as a rule)\b/i;

/** The light part (read by settings, the options page and the content script without loading any detector). */
export const presentStateCard = { id: 'present-state', label: 'Present state', weight: 3 } as const;

export const presentState: Category<'present-state'> = /* @__PURE__ */ defineCategory(presentStateCard, () => ({
  detectors: [(view) => patternCues(view, 'present-state', STATE_WORDS), tenseCues, lastingStateCues],
  vetoes: [
    { why: 'a state inside a quote is someone’s view, not the story’s', applies: (view, cue) => cue.strength < 1 && inQuote(view, cue.start) },
    { why: 'a sentence pinned to an earlier year tells history', applies: (view, cue) => statesPastYear(view, cue.start) },
    { why: 'a habit or a standing rule (“each winter season”, “usually”) is not a state of the day', applies: (view, cue) => cue.strength < 1 && HABITUAL.test(view.text) },
  ],
  examples: [
    'Fighting was continuing near the border, officials said.',
    'The rebels are holding most of the north.',
    'No group has claimed responsibility for the attack.',
    'The agency is advising residents to boil their water.',
    'Repair costs already exceed the original budget.',
    'The company has not said whether it will appeal.',
    'The ministry does not publish its figures for the region.',
    'But these essentials are no longer available.',
    'The ruling party also remained formally opposed to a bill appointing a special prosecutor.',
    'The two countries technically remain at war.',
    'The suspects face charges of trafficking in stolen identities.',
  ],
  negatives: [
    'The castle was built in 1840 by a local merchant.',
    'In 2009 the council approved the plan.',
    'The weather service names storms each winter season, which starts in early September.',
    'The ferry usually leaves at nine and has always stopped at the island.',
    '“We don’t negotiate with them,” she said.',
    'Tariffs may follow if the neighbour does not agree to the terms.',
    'The delegation stayed in a hotel near the station.',
    'The remains of the ship were found by divers.',
    'Rooms facing the sea were booked out by noon.',
  ],
}));
