import { statesPastYear } from '../view-helpers';
import { defineCategory, type Category, patternCues, type CuePattern } from './category';

/** Offices and roles a person holds for a time. Matched in either case ("UAW President Shawn Fain", "chief executive of Acme"). */
const TITLES = [
  'president', 'vice president', 'vice-president', 'president-elect', 'prime minister', 'deputy prime minister', 'foreign minister',
  'defense minister', 'defence minister', 'interior minister', 'finance minister', 'minister', 'secretary of state', 'secretary',
  'press secretary', 'chancellor', 'premier', 'king', 'queen', 'prince', 'pope', 'senator', 'sen.', 'representative', 'rep.',
  'congressman', 'congresswoman', 'governor', 'gov.', 'mayor', 'ambassador', 'general', 'gen.', 'commander', 'chief',
  'chief executive', 'chief executive officer', 'chief operating officer', 'chief financial officer', 'chief scientist',
  'chief economist', 'ceo', 'coo', 'cfo', 'chairman', 'chairwoman', 'chair', 'director', 'executive director', 'spokesman',
  'spokeswoman', 'spokesperson', 'speaker', 'leader', 'attorney general', 'judge', 'justice', 'coach', 'head coach', 'manager',
  'councilman', 'councilwoman', 'councillor', 'supervisor', 'commissioner', 'administrator', 'superintendent', 'head', 'founder',
  'owner', 'captain', 'sheriff', 'prosecutor', 'attorney', 'envoy', 'official',
];
const WHY = 'office';
/** Title before the name ("Foreign Minister Hoshyar Zebari"); after it ("Jane Doe, chief executive of Acme", "Jane Doe, a spokeswoman for"). */
const OFFICE: CuePattern[] = /* @__PURE__ */ (() => {
  // The titles with each word's first letter in either case ("Public Works Director", "chief executive").
  const titles = [...TITLES].sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/\./g, '\\.').replace(/(^|[ -])([a-z])/g, (_m, sep: string, ch: string) => `${sep}[${ch.toUpperCase()}${ch}]`)).join('|');
  const nameWord = String.raw`(?:[A-Z][a-z]+|[A-Z]\.|(?:al|el|bin|ibn|van|von|de|da|di|le|Van|Den|De)[-\s][A-Z][a-z]+)(?:[-’'][A-Za-z]+)*`;
  const name = `${nameWord}(?: ${nameWord}){1,3}`;
  return [
    { pattern: new RegExp(String.raw`\b(?:${titles}),? ${name}`, 'g'), why: WHY },
    { pattern: new RegExp(String.raw`\b${name}(?:, (?:who is |who serves as )?| who is | who serves as )(?:(?:a|an|the|its|his|her) )?(?:[A-Za-z.’'&-]+ ){0,4}?(?:${titles})\b(?! of the (?:year|month|week))`, 'g'), why: WHY },
  ];
})();
/**
 * Any title, in any case: both OFFICE patterns hold one, so a sentence without (five in six) skips them.
 * The name-first pattern, tried at every capitalised word, is the costliest of the cue patterns.
 */
const ANY_TITLE = /* @__PURE__ */ (() => new RegExp(TITLES.map((t) => t.replace(/\./g, '\\.')).join('|'), 'i'))();
/** Words that put a title in the past ("former mayor", "the late Pope", "then-Secretary"). */
const PAST_OFFICE = /\b(?:[Ff]ormer|[Ll]ate|[Tt]hen|[Ee]x|[Ee]rstwhile|[Oo]utgoing|[Dd]eposed|[Oo]usted|[Oo]ne-?time|[Rr]etired)\b[\s-]+(?:[A-Z][\w.’'-]*[\s-]+){0,3}$/;
const PAST_WITHIN = /\b(?:former|late|then-|ex-|erstwhile|outgoing|retired)\b/i;

/** The light part (read by settings, the options page and the content script without loading any detector). */
export const officeHolderCard = { id: 'office-holder', label: 'Office holder', weight: 2.5 } as const;

export const officeHolder: Category<'office-holder'> = /* @__PURE__ */ defineCategory(officeHolderCard, () => ({
  detectors: [(view) => (ANY_TITLE.test(view.text) ? patternCues(view, 'office-holder', OFFICE) : [])],
  vetoes: [
    { why: 'a title already in the past (“former”, “the late”)', applies: (view, cue) => PAST_OFFICE.test(view.text.slice(Math.max(0, cue.start - 40), cue.start)) || PAST_WITHIN.test(cue.text) },
    { why: 'no capitalised name', applies: (_view, cue) => !/[A-Z][a-z]+ [A-Z]/.test(cue.text) },
    { why: 'an office in a stated earlier year is history', applies: (view, cue) => statesPastYear(view, cue.start) },
  ],
  examples: [
    'UAW President Shawn Fain said the deal was a victory.',
    '“We are ready,” said Jane Doe, chief executive of Acme Corp.',
    'The plan was backed by Maria Lopez, a spokeswoman for the ministry.',
    'The county’s public works director, Tom Reed, said the road would reopen.',
  ],
  negatives: [
    'Former President Jimmy Carter visited the site.',
    'The late Queen Elizabeth opened the bridge.',
  ],
}));
