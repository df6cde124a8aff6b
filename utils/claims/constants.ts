import type { CueWhy } from './cue-why';

/**
 * Word lists, patterns and weights of the claims engine, as data. Regexes are built once here.
 */

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

/** Relative times that chrono-node reads, plus what it misses. Weekdays are resolved apart (past bias). */
export const WEEKDAY = /\b(?:(last|next|this(?: coming)?|on|early|late) )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!s| [A-Z][a-z])/g;
export const RELATIVE_EXTRA: { pattern: RegExp; why: CueWhy }[] = [
  { pattern: /\b(earlier|later|late|early) this (year|month|week)\b/gi, why: 'partOfPeriod' },
  { pattern: /\b(?:recently|lately|in recent (?:days|weeks|months|years))\b/gi, why: 'recently' },
  // "recent" of one thing: "a recent email", "Google's recent parsing", "the most recent census".
  { pattern: /\b(?:a|the|its|his|her|their|our|most|[A-Za-z]+[’']s) recent\b/gi, why: 'recently' },
  // The weekend just before the story ("demand over the weekend fell"); "on the weekend" is often a habit, and not read.
  { pattern: /\b(?:over|during) the (?:past |last )?weekend\b/gi, why: 'relative' },
  // Seasons, which chrono-node does not read: "this summer", "last winter", "next season" (a league's).
  { pattern: /\b(?:this|last|next|(?:earlier|later) this) (?:summer|winter|spring|autumn|fall|season)\b/gi, why: 'relative' },
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
/** The body text read per page: a long feature is under 60,000 characters; past this a page is hostile or not an article. */
export const MAX_BODY_CHARS = 200_000;
/** A news sentence is under 600 characters; a longer "sentence" is a list, a table or hostile text and is not read. */
export const MAX_SENTENCE_CHARS = 1_000;
