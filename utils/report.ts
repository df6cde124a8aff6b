/**
 * The one contract that crosses from utils/ to the UI, the CLI and the tests.
 * Everything here is plain, serialisable data (JSON round-trips it unchanged).
 * Bump REPORT_VERSION when a field changes meaning.
 */
import type { CategoryId } from './claims/categories';
import type { CueWhy, DateQualifier } from './claims/cue-why';

export const REPORT_VERSION = 2;

/** How much of a date a signal actually states. */
export type Precision = 'instant' | 'day' | 'month' | 'year';

/** Where a date was found, from most to least trustworthy in general. */
export type StampSource =
  | 'json-ld'
  | 'microdata'
  | 'meta'
  | 'time-element'
  | 'byline'
  | 'url'
  | 'notice'
  | 'web-archive'
  | 'weekday'
  | 'copyright'
  | 'last-change'
  | 'script-json'
  | 'teaser';

export interface StampFinding {
  /**
   * ISO 8601 at the finding's precision: `2014-06-12T09:40:00-05:00` (instant, with the
   * page's own offset when it gave one), `2014-06-12` (day), `2014-06` (month), `2014` (year).
   */
  value: string;
  /** The local calendar day the publisher meant (`YYYY-MM-DD`), or null below day precision. */
  day: string | null;
  precision: Precision;
  source: StampSource;
  /** The raw text or attribute the date was read from, as the page has it. */
  evidence: string;
  /** Where on the page: a short CSS-like path, a meta name, or `url`. */
  location: string;
  /** 0..1; lowered when other signals disagree. */
  confidence: number;
  /** Other signals that pointed elsewhere, each as "source: value (evidence)". */
  disagreements: string[];
}

/** What a stamp's date is made of: enough to place it in time and to word it. */
export type StampDate = Pick<StampFinding, 'value' | 'day' | 'precision'>;

/** The two days a self-contradicting page states; see PageReport.dateConflict. */
export interface DateConflict {
  /** The visible day (`YYYY-MM-DD`) that stands as the publish stamp. */
  visible: string;
  /** The later day its metadata states. */
  metadata: string;
  /** Where that later day was read: 'json-ld', 'meta', 'microdata' or 'script-json'. */
  metadataSource: StampSource;
}

export type NoticeKind =
  | 'archived'
  | 'age-label'
  | 'dated-story'
  | 'outdated-content'
  | 'web-archive-capture';

export interface NoticeFinding {
  kind: NoticeKind;
  /** The notice's exact visible text, whitespace collapsed. */
  text: string;
  /** A selector that finds the notice's element again in the live page. */
  selector: string;
  tagName: string;
  /** The age or date the notice itself states, e.g. "more than 5 years" as a lower bound. */
  statedAge: { minYears?: number; minMonths?: number; date?: string } | null;
  /** Does the notice agree with the stamps found? null when there is nothing to compare. */
  agreesWithStamps: boolean | null;
}

export interface ArticleVerdict {
  isArticle: boolean;
  /** Human-readable reasons, e.g. "og:type is article", "JSON-LD NewsArticle" (for logs and the CLI). */
  reasons: string[];
  /**
   * Without article metadata: the paragraphs in the outermost <article> element around the page's first
   * paragraphs, or null when there is none. Absent when metadata decided. The popup tells a reader why a page is not an article from this.
   */
  paragraphs?: number | null;
}

export type AgeUnit = 'day' | 'month' | 'year';

/** The age as data; components/words/ says it in the reader's language. */
export interface AgeInfo {
  /** Whole days between the stamp and `now`. */
  days: number;
  /** The age in its largest whole unit: 12 (years), 8 (months), 3 (days); 0 is today, or this year. */
  count: number;
  unit: AgeUnit;
  /** `about` when the stamp names only a month or a year; `at-least` for a notice's lower bound. */
  bound: 'exact' | 'about' | 'at-least';
  /** Which stamp the age is measured from. */
  from: 'published' | 'updated' | 'notice';
  precision: Precision;
}

/** A claim category's stable id; the list lives in the registry (utils/claims/categories/index.ts). */
export type ClaimCategory = CategoryId;

export interface ClaimCue {
  kind: ClaimCategory;
  /** The cue text as it stands in the sentence. */
  text: string;
  /** Character offsets within the claim's sentence. */
  start: number;
  end: number;
  /** Why this is a cue, as an id (utils/claims/cue-why.ts); components/words/claim-words.ts says it in the reader's language. */
  why: CueWhy;
  /**
   * For relative times: the date it resolves to against the publish stamp, as data: an ISO value at
   * its precision, how it is qualified ("since", "a Thursday in", …) and, for a weekday, which (0 = Sunday).
   */
  resolved?: { value: string; precision: Precision; qualifier?: DateQualifier; weekday?: number } | null;
}

export interface ClaimLocator {
  /** Index of the sentence among the article body's sentences. */
  sentenceIndex: number;
  /** A text quote that the content script searches for in the live page. */
  quote: string;
  /** A few words before and after, to pick the right occurrence. */
  prefix: string;
  suffix: string;
}

export interface Claim {
  id: string;
  text: string;
  categories: ClaimCategory[];
  cues: ClaimCue[];
  /** Higher first: what a reader most needs to recheck. */
  score: number;
  locator: ClaimLocator;
}

export interface PageReport {
  version: typeof REPORT_VERSION;
  url: string;
  /** The reference time the analysis used. */
  now: string;
  article: ArticleVerdict;
  notice: NoticeFinding | null;
  published: StampFinding | null;
  updated: StampFinding | null;
  /** A web archive's capture time: an upper bound for the publish stamp, never the stamp itself. */
  captured: StampFinding | null;
  /**
   * Set when the page contradicts itself: its visible first-publication date (now `published`, with
   * lowered confidence) is more than a few days before the date its metadata states (an update or a
   * republication). Absent or null otherwise. Additive: readers of older reports treat it as null.
   */
  dateConflict?: DateConflict | null;
  age: AgeInfo | null;
  claims: Claim[];
  /** Milliseconds spent per step. */
  timings: { total: number; article: number; stamps: number; notice: number; claims: number };
  /** Anything that went wrong but did not stop the analysis. */
  problems: string[];
}
