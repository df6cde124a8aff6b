import type { ClaimCategory } from '../report';

/**
 * Word lists, patterns and weights of the claims engine, as data. Regexes are built once here.
 */

/** How much a category says "recheck me": lapsing states and changing figures first. */
export const CATEGORY_WEIGHTS: Record<ClaimCategory, number> = {
  'present-state': 3,
  'running-figure': 3,
  'office-holder': 2.5,
  'relative-time': 2,
  forecast: 1.5,
  record: 1.5,
};
/** Each cue beyond the first in a category adds this much. */
export const EXTRA_CUE_WEIGHT = 0.5;
/** Raw weights map to 0..1 by 1 - exp(-raw / SCORE_SCALE). */
export const SCORE_SCALE = 6;

/** Words after which Intl.Segmenter splits although the sentence goes on ("Mr. Smith", "Gen. Allen"). */
export const TITLE_ABBREVIATIONS = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cmdr', 'Sgt', 'Adm', 'Cpl', 'Pvt',
  'Sen', 'Rep', 'Gov', 'Lt. Gov', 'Atty', 'Supt', 'Rev', 'Fr', 'Sr', 'Jr', 'St', 'Mt', 'Ft', 'No', 'Nos', 'Vol', 'vs', 'Inc', 'Corp', 'Co', 'Ltd', 'Ave', 'Blvd',
];
export const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];
/** Initialisms ("U.S.", "U.N.", "p.m.") end a sentence only when a typical sentence opener follows. */
export const INITIALISM = /(?:^|[\s(“"'‘])(?:[A-Za-z]\.){2,}$/;
export const SENTENCE_OPENERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'But', 'And', 'Or',
  'In', 'On', 'At', 'For', 'As', 'If', 'When', 'While', 'After', 'Before', 'Since', 'Still', 'Yet', 'So', 'Its', 'Their',
  'His', 'Her', 'Our', 'There', 'Here', 'Some', 'Many', 'Most', 'Officials', 'However', 'Meanwhile', 'Now', 'Then',
]);

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Paragraphs that are page furniture even when Readability keeps them. */
export const FURNITURE_TEXT = /©|\(c\)\s*\d{4}|\ball rights reserved\b|\byou are commenting using\b|\blog (?:in|out) to (?:reply|comment)\b|\bleave a (?:reply|comment)\b|\bsign up for (?:our|the) newsletter\b/i;
/** Containers whose text is never article body (fallback path, and pruned before Readability). */
export const NON_BODY_SELECTOR = 'form, nav, footer, aside, header, script, style, noscript, template, button, textarea, select, [role="navigation"], [role="complementary"], [role="contentinfo"], [aria-hidden="true"], .comments, #comments, .comment, #respond, .copyright, .share, .social, .related';
/** Block elements whose text forms the body's paragraphs. */
export const PARAGRAPH_SELECTOR = 'p, li, blockquote, dd';
/** Paragraphs shorter than this (characters) are labels, not prose. */
export const MIN_PARAGRAPH_CHARS = 25;
/** Words of context kept before and after a claim's quote. */
export const LOCATOR_CONTEXT_WORDS = 4;

export interface CuePattern {
  pattern: RegExp;
  why: string;
}

const words = (list: string[]): string => list.join('|');

/** Present states that can lapse after the story ran. */
export const PRESENT_STATE: CuePattern[] = [
  { pattern: /\b(?:for now|for the time being|as of now|at present|at the moment|currently|so far|to date|as things stand)\b/gi, why: 'true when written, may have changed since' },
  { pattern: /\b(?:remains?|remained|stays?) (?:firmly )?(?:in (?:control|charge|power|office|place|custody|hiding)|open|closed|missing|unclear|unknown|hospitali[sz]ed)\b/g, why: 'a state that holds until something changes' },
  { pattern: /\bstill (?:in (?:control|charge|power|office)|[a-z]+(?:s|ed|ing)?)\b/g, why: '“still” marks a state that may have ended' },
  { pattern: /\b(?:now|currently) (?:control|controls|holds?|has|have|runs?|leads?|lives?|works?|owns?|employs?|stands?|is|are)\b/g, why: '“now” describes the day of writing' },
  { pattern: /\b(?:is|are|was|were) (?:now )?(?:looking to see|considering|weighing|reviewing|investigating|in talks|negotiating)\b/g, why: 'an open question at the time of writing' },
  { pattern: /\b(?:has|have|had) yet to\b|\bnot yet\b/g, why: 'something that had not happened yet — it may have since' },
  { pattern: /\b(?:ongoing|continues to|continue to|under way|underway)\b/g, why: 'a process that was still going on' },
];

/** Counts and amounts that grow or change. Numbers: 1,000 / 1.6 / 48. */
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?`;
const SCALE = words(['thousand', 'million', 'billion', 'trillion', 'dozen', 'hundred']);
const COUNTED = words([
  'people', 'persons', 'civilians', 'dead', 'deaths', 'killed', 'injured', 'wounded', 'hurt', 'missing', 'prisoners', 'hostages',
  'fighters', 'troops', 'soldiers', 'militants', 'refugees', 'migrants', 'residents', 'inhabitants', 'cases', 'infections', 'patients',
  'jobs', 'workers', 'employees', 'members', 'users', 'customers', 'subscribers', 'votes', 'voters', 'seats', 'students', 'homes',
  'houses', 'buildings', 'families', 'children', 'women', 'men', 'protesters', 'arrests', 'attacks', 'diplomats', 'percent', 'per cent',
  'percentage points', 'points', 'stores', 'branches', 'flights', 'vehicles',
]);
export const RUNNING_FIGURE: CuePattern[] = [
  { pattern: new RegExp(String.raw`[$£€¥]\s?(?:${NUMBER})(?:\s?(?:${SCALE}|[mbk]n?)\b)?`, 'g'), why: 'an amount that may have changed' },
  { pattern: new RegExp(String.raw`\b(?:more than|over|nearly|almost|about|around|some|at least|up to|roughly|fewer than|less than)?\s?(?:${NUMBER}) (?:${SCALE})\b(?: (?:${COUNTED}|dollars|euros|pounds|barrels|tons))?`, 'gi'), why: 'a count or amount that may have changed' },
  { pattern: new RegExp(String.raw`\b(?:more than |over |nearly |almost |about |around |some |at least |up to |roughly )?(?:${NUMBER})(?:%| (?:${COUNTED})\b)`, 'gi'), why: 'a count that may have grown since' },
  { pattern: /\b(?:death toll|toll|poll(?:s|ing)?|approval rating|unemployment rate|inflation|price of|prices?|share price|exchange rate|interest rates?)\b(?=[^.]*\d)/gi, why: 'a figure that moves over time' },
];

/** Titles that, before a name, say who held an office when the story ran. */
const TITLES = [
  'president', 'vice president', 'vice-president', 'prime minister', 'deputy prime minister', 'foreign minister', 'defense minister', 'defence minister',
  'interior minister', 'finance minister', 'minister', 'secretary of state', 'secretary', 'chancellor', 'premier', 'king', 'queen',
  'prince', 'pope', 'senator', 'sen.', 'representative', 'rep.', 'governor', 'gov.', 'mayor', 'ambassador', 'general', 'gen.',
  'commander', 'chief', 'chief executive', 'ceo', 'chairman', 'chairwoman', 'chair', 'director', 'spokesman', 'spokeswoman',
  'spokesperson', 'speaker', 'leader', 'attorney general', 'judge', 'justice', 'coach', 'manager', 'head coach', 'councilman', 'councilwoman',
];
const titleAlternation = TITLES.sort((a, b) => b.length - a.length)
  .map((t) => t.replace(/\./g, '\\.').replace(/(^|[ -])([a-z])/g, (_m, sep: string, ch: string) => `${sep}[${ch.toUpperCase()}${ch}]`))
  .join('|');
const NAME_WORD = String.raw`(?:[A-Z][a-z]+|[A-Z]\.|(?:al|el|bin|ibn|van|von|de|da|di|le)[-\s][A-Z][a-z]+)(?:[-’'][A-Za-z]+)*`;
export const OFFICE_HOLDER: CuePattern = {
  pattern: new RegExp(String.raw`\b(?:${titleAlternation}) (?:${NAME_WORD})(?: (?:${NAME_WORD})){0,3}`, 'g'),
  why: 'who held this office then — they may no longer',
};
/** A title after these words (and up to three capitalised ones) is already in the past ("former New York mayor Rudy Giuliani"). */
export const PAST_OFFICE = /\b(?:[Ff]ormer|[Ll]ate|[Tt]hen|[Ee]x|[Ee]rstwhile|[Oo]utgoing|[Dd]eposed|[Oo]usted|[Oo]ne-?time)(?:[\s-]+[A-Z][\w.’'-]*){0,3}[\s-]+$/;

/** Forecasts and intentions: the outcome was unknown when the story ran. */
export const FORECAST: CuePattern[] = [
  { pattern: /\b(?:will|won['’]t|shall|is going to|are going to)\b/g, why: 'a forecast — check what actually happened' },
  { pattern: /\b(?:is|are|was|were) (?:expected|likely|set|due|poised|scheduled|slated|projected|forecast) to\b/g, why: 'an expectation at the time of writing' },
  { pattern: /\b(?:plans?|planned|planning|intends?|intended|aims?|seeks?|wants?|vows?|vowed|pledges?|pledged|promises?|promised) to\b/g, why: 'an intention — was it carried out?' },
  { pattern: /\b(?:hopes?|hoping|threatens?|threatened|threatening|predicts?|predicted|warns?|warned)\b/g, why: 'a hope, threat or prediction' },
];
/** "will" as a noun: "political will", "free will". */
export const WILL_AS_NOUN = /\b(?:free|political|good|ill|last|the|his|her|their)\s+$/i;

/** Records and spans: true until the next record. */
export const RECORD: CuePattern[] = [
  { pattern: /\b(?:(?:levels?|numbers?|rates?) )?(?:unseen|unmatched|not seen|unprecedented|highest|lowest|largest|biggest|worst|deadliest|best|most|fewest|first|strongest|weakest|longest|fastest)\b[\w\s,’'-]{0,40}?\bsince (?:(?:19|20)\d{2}|the \w+|records began)\b/g, why: 'a record measured up to the day of writing' },
  { pattern: /\bfor the first time(?: (?:in|since) [\w\s]{1,30}?\b(?:years?|decades?|(?:19|20)\d{2}))?\b|\bthe first time\b/g, why: 'a first — true only up to the day of writing' },
  { pattern: /\b(?:record[- ](?:high|low|levels?|numbers?|breaking)|all-time (?:high|low)|on record|ever recorded|in (?:recent )?history)\b/g, why: 'a record that may have been broken since' },
];
/** A year inside a record span, resolved as the start of the span. */
export const SINCE_YEAR = /\bsince ((?:19|20)\d{2})\b/;

/** Relative times that chrono-node reads, plus what it misses. Weekdays are resolved apart (past bias). */
export const WEEKDAY = /\b(?:(last|next|this(?: coming)?|on|early|late) )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!s)/g;
export const RELATIVE_EXTRA: CuePattern[] = [
  { pattern: /\b(earlier|later|late|early) this (year|month|week)\b/gi, why: 'relative to the day of writing' },
  { pattern: /\b(?:recently|lately|in recent (?:days|weeks|months|years))\b/gi, why: '“recently” counts from the day of writing' },
];
/** Future context before a bare weekday makes it the coming one ("will meet Friday"). */
export const FUTURE_CONTEXT = /\b(?:will|is to|are to|plans? to|expected to|scheduled|due to|set to|next|coming|upcoming|until|by)\b/i;

/** Past this many elements Readability (and cloning the page) costs too much: read the <article> as it is. */
export const MAX_ELEMENTS_FOR_READABILITY = 15_000;
/** Bounds on the work per page: an article has far fewer paragraphs; a hostile page gets cut short. */
export const MAX_PARAGRAPHS = 1_500;
/** Blocks looked at, kept or not: a page of 100,000 copyright lines stops here. */
export const MAX_BLOCKS = 6_000;
/** An <article> or <main> with at least this many <p> is where the story is; less, and Readability sees the whole body. */
export const MIN_SCOPE_PARAGRAPHS = 3;
