import type { ClaimLocator, PageReport } from '../report';
import type { ReportFacts } from './report-facts';

/** Performance measures the content script takes, in ms (bench builds only; see entrypoints/content/measure.ts). */
export interface ContentTimings {
  article: number | null;
  stamps: number | null;
  badge: number | null;
  /** Serialising the article's HTML for the popup, which runs the claims engine itself. */
  claimsSource: number | null;
  /** Analyses run since the content script started (each page session runs one). */
  analyses: number;
  /** All the measured steps' time added up, in ms: As Of's own main-thread time in this page. */
  busyMs: number;
}

/**
 * The article's HTML for the popup's claims step (see utils/claims/claims-source.ts). `html` is empty and
 * `skipped` says why when the page is too large or deep for that step (the popup then says so).
 */
export interface ClaimsSource {
  html: string;
  skipped?: string;
}

/**
 * All the toolbar needs about a tab: the only thing kept in storage.session. Every field is bounded
 * (see toToolbarState), so no page can fill the storage other tabs' toolbars rely on.
 */
export interface ToolbarState {
  /** "12y", "8mo", "?" for a notice without a date; '' for nothing. */
  text: string;
  /** Whole days of age, for the colour; null when unknown. */
  days: number | null;
  /** The toolbar button's tooltip (the age and the date); '' for the default. */
  title: string;
}

/** The background's answer to `as-of:report`: the badge's words, in the reader's language. */
export interface BadgeWordsAnswer {
  /** The badge's visible words; null when it has nothing to say (no badge). */
  badge: string | null;
  /** The badge's accessible name, kept on its host for screen readers. */
  label: string;
  /**
   * The catalogue's fixed words the badge shows at mount (the dismiss button's name, the low-confidence
   * mark's title), in the reader's language: the page reads no catalogue at load (a content script's
   * first i18n lookup fetches the whole catalogue from the browser, 3-5 ms).
   */
  dismiss: string;
  unsure: string;
}

/** The content script's answer to `as-of:get-report`. */
export type ReportAnswer =
  /** The reader listed this site as silent in the options: As Of reads nothing here. */
  | { kind: 'silent' }
  /** Still reading the page (or waiting for the settings): ask again shortly. */
  | { kind: 'reading' }
  | { kind: 'report'; report: PageReport; claimsSkipped: string | null };

/** What an extension page (tests, never a web page) learns about the badge inside its closed shadow root. */
export interface BadgeDescription {
  tag: string;
  text: string;
  chipLabel: string;
  /** The dismiss button's accessible name (worded by the background, in the reader's language). */
  dismissLabel: string;
  hostLabel: string;
  lowMark: boolean;
  inBody: boolean;
  /** Boxes in the tab's viewport (CSS px), for tests of the evidence box: the chip, and the box when open. */
  chipBox: ViewportBox | null;
  evidenceBox: ViewportBox | null;
  /** What the open evidence box says ('' while it is closed): it is filled when the reader first opens it. */
  evidenceText: string;
  /** The class of the element focused inside the badge, or null when focus is elsewhere. */
  focused: string | null;
}

export interface ViewportBox { top: number; left: number; bottom: number; right: number }

/** Messages between the content script, the background and the popup. */
export type AsOfMessage =
  /**
   * content → background: the facts of the sender tab's report (null: show nothing). The background
   * paints the toolbar and answers BadgeWordsAnswer, the words the badge mounts with.
   */
  | { type: 'as-of:report'; facts: ReportFacts | null }
  /** popup → content: answers ReportAnswer. */
  | { type: 'as-of:get-report' }
  /** popup → content: answers ClaimsSource, the HTML the popup runs the claims engine on (null when none). */
  | { type: 'as-of:get-claims-source' }
  /** popup → content: scrolls to the claim's sentence and highlights it; answers boolean (found). */
  | { type: 'as-of:show-claim'; id: string; locator: ClaimLocator }
  /** benchmark → content: answers ContentTimings. */
  | { type: 'as-of:get-timings' }
  /** tests → content: answers BadgeDescription | null (no badge). */
  | { type: 'as-of:describe-badge' };

export function isAsOfMessage(value: unknown): value is AsOfMessage {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
    && (value as { type: string }).type.startsWith('as-of:');
}
