import type { DateConflict, NoticeFinding, StampFinding } from '../report';
import { stampStart } from '../age';
import type { StampCandidate } from './candidate';
import { findBylineStamps } from './byline';
import { findCopyrightStamps } from './copyright';
import { findScriptJsonStamps } from './script-json';
import { findSelfTeaserStamps } from './self-teaser';
import { findHeadline } from './headline';
import { findHeadlineStamps } from './headline-date';
import { findJsonLdStamps } from './json-ld';
import { findMetaStamps } from './meta';
import { findMicrodataStamps } from './microdata';
import { findPostFooterStamps } from './post-footer';
import { noticeStamps } from './notice-stamps';
import { preferShownDay } from './prefer-shown';
import { firstOfRepeated, preferVisibleFirst, reconcile } from './reconcile';
import { findTimeElementStamps } from './time-element';
import { findUrlStamps } from './url';
import { isCandidateValid } from './validate';
import { webArchiveCapture } from './web-archive';
import { FIRST_PUBLISHED_ANYWHERE, HIDDEN_SOURCES, LIMITS, VISIBLE_SOURCES } from './constants';
import { withinADay } from '../time/day';

type Detector = (doc: Document, url: string, headline: Element | null) => StampCandidate[];
/**
 * Detectors read on every article, most trustworthy first. Each returns candidates with their evidence.
 * They are native lookups of marked-up dates; the byline reader and the text near the headline come after, when needed.
 */
const DETECTORS: readonly Detector[] = [findJsonLdStamps, findMicrodataStamps, findMetaStamps, findTimeElementStamps, findUrlStamps];

/**
 * The cheap signals settle the day: a machine-readable publish day that a visible one (a <time>, a byline,
 * the address) confirms, and no publish day apart from it. Then a byline or a date near the headline could
 * only agree, and they are not read (the byline reader is a third of the step on a fresh page), unless
 * the page says somewhere that it was "first published" on another day.
 */
export function settled(candidates: readonly StampCandidate[]): boolean {
  const days = candidates.filter((c) => c.role === 'published' && c.day !== null).map((c) => ({ source: c.source, at: Date.parse(c.day!) }));
  if (days.length === 0) return false;
  const first = days[0]!.at;
  if (days.some((d) => !withinADay(d.at, first))) return false;
  return days.some((d) => HIDDEN_SOURCES.has(d.source)) && days.some((d) => VISIBLE_SOURCES.has(d.source));
}

/**
 * The page says "first published" or "originally posted" somewhere: a byline may date the first publication
 * apart from a later republication that metadata and a <time> agree on (The Guardian's "First published on
 * Tue 29 Nov 2016 07.46 EST" under a 15.26 stamp). A text too long to search is assumed to.
 */
function mayStateFirstPublication(text: string): boolean {
  return text.length > LIMITS.firstPublishedText || FIRST_PUBLISHED_ANYWHERE.test(text);
}

export interface StampResult {
  published: StampFinding | null;
  updated: StampFinding | null;
  /** A web archive's capture time: an upper bound for the publish stamp. */
  captured: StampFinding | null;
  /** Visible first publication and later metadata disagree: both days (the visible one is `published`). */
  conflict: DateConflict | null;
  candidates: StampCandidate[];
}

/** The page's end: its "last changed" line, when one stands, makes the copyright year needless (the page is aged from the update). */
function pageTail(found: StampCandidate[]): StampCandidate[] {
  return found.some((c) => c.source === 'last-change') ? found.filter((c) => c.source !== 'copyright') : found;
}

/**
 * Every stamp signal on the page, each kept with its evidence, then reconciled into the publish and
 * last-updated stamps. `notice`, when given, adds the date it states and bounds the others. `text`: the
 * page's text when the caller has read it already (the notice step does); else it is read here, and only
 * when the cheap signals settle the day.
 */
export function findStamps(doc: Document, url: string, now: Date, notice: NoticeFinding | null = null, text: string | null = null): StampResult {
  const capture = webArchiveCapture(url);
  const pageUrl = capture?.originalUrl ?? url;
  const capturedAt = capture?.captured ? stampStart(capture.captured) : null;
  // A candidate after `now` at its own precision is dropped here, before reconciling, so a sound
  // lower-ranked date still wins over an impossible one.
  const keep = (c: StampCandidate): boolean => isCandidateValid(c, now, capturedAt, notice);
  const headline = findHeadline(doc);
  const candidates = [...DETECTORS.flatMap((detect) => detect(doc, pageUrl, headline)), ...noticeStamps(notice)].filter(keep);
  if (!settled(candidates) || mayStateFirstPublication(text ?? doc.body?.textContent ?? '')) candidates.push(...findBylineStamps(doc, pageUrl, headline).filter(keep));
  if (!settled(candidates)) candidates.push(...findHeadlineStamps(doc, pageUrl, headline).filter(keep));
  // Read only when nothing states a day: the post's own footer's labelled date, the site's own teaser for this page, a script's page state, then the copyright year (it walks the whole text).
  const statesDay = (): boolean => candidates.some((c) => c.role === 'published' && c.day !== null);
  if (!statesDay()) candidates.push(...findPostFooterStamps(doc, headline).filter(keep));
  if (!statesDay()) candidates.push(...findSelfTeaserStamps(doc, pageUrl).filter(keep));
  if (!statesDay()) candidates.push(...findScriptJsonStamps(doc).filter(keep));
  // A page that states its last update by the day is aged from that update: a footer's copyright year would outrank it.
  if (!statesDay() && !candidates.some((c) => c.role === 'updated' && c.day !== null)) candidates.push(...pageTail(findCopyrightStamps(doc, headline).filter(keep)));
  const own = firstOfRepeated(candidates);
  const { published, conflict } = preferVisibleFirst(preferShownDay(reconcile(own, 'published'), own), own);
  const updated = reconcile(candidates, 'updated');
  return {
    published,
    updated: updated && published && stampStart(updated) < stampStart(published) ? null : updated,
    captured: capture?.captured ?? null,
    conflict,
    candidates,
  };
}
