import type { StampCandidate, StampRole } from './candidate';
import { HAS_DIGIT } from './constants';
import { labelBefore } from './date-labels';
import { findHeadline } from './headline';
import { findTextDate } from './parse-text-date';
import { dateOrderOf } from '../time/date-order';
import { isUnrelated, shortText } from './region';

/** How far from the headline a visible date is looked for, in text read (characters) and text nodes. */
export const NEAR_HEADLINE = {
  /** An unlabelled date counts only this close after the headline's start: past it, dates are the story's own subject. */
  unlabelledChars: 400,
  /** A labelled date ("Veröffentlicht am …") may stand a little further, below a lead or a photo credit. */
  labelledChars: 1_500,
  /** Text just above the headline: a kicker or dateline line. */
  beforeChars: 120,
  nodes: 300,
  /**
   * This many unlabelled datelines under one heading make it a list, whose first item's date is not the
   * page's; so do this many dates under one label role, each a different day (a topic page's teasers, each
   * "Aktualisiert: …").
   */
  listDatelines: 3,
  /** An unlabelled date must be its own short line, or open its paragraph ("Karlsruhe, (12.11.2021). …"). */
  datelineChars: 60,
  datelineStart: 30,
  dates: 4,
} as const;
/** A visible date the page labels ("Posted on", "Datum:") is about as trustworthy as a byline element. */
const LABELLED_WEIGHT = 0.7;
/** The first date under the headline with no label: a fair guess, below every labelled or machine signal. */
const UNLABELLED_WEIGHT = 0.45;
/** How many containers up from the headline the text above it is read. */
const MAX_LEVELS_UP = 2;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON']);

/**
 * Visible dates in the text around the article's headline, read in document order: the labelled ones
 * ("Veröffentlicht am 16.08.2019", "Stand: 19.10.2019", "Posted on …") with the role their label gives,
 * and the first unlabelled date just under (or just above) the headline. A bounded walk from the
 * headline, never over the page.
 */
export function findHeadlineStamps(doc: Document, _url = '', headline: Element | null = findHeadline(doc)): StampCandidate[] {
  if (!headline) return [];
  const found: StampCandidate[] = [];
  const order = dateOrderOf(doc);
  let read = 0;
  let previous = precedingText(headline, NEAR_HEADLINE.beforeChars);
  const take = (text: string, element: Element | null, distance: number, isAbove = false): void => {
    const reading = HAS_DIGIT.test(text) ? findTextDate(text, order) : null;
    if (!reading || (element && isUnrelated(element, headline))) return;
    const { date, index: start } = reading;
    const label = labelBefore(`${previous.slice(-80)} ${text.slice(0, start)}`);
    if (label?.role === 'other') return;
    // Unlabelled, a date counts only as a dateline: its own short line, or the opening words of a paragraph.
    const dateline = isAbove || text.trim().length <= NEAR_HEADLINE.datelineChars || start <= NEAR_HEADLINE.datelineStart;
    if (!label && dateline && distance <= NEAR_HEADLINE.unlabelledChars) datelines += 1;
    if (!label && (unlabelledTaken || distance > NEAR_HEADLINE.unlabelledChars || !dateline)) return;
    unlabelledTaken ||= !label;
    const evidence = `${previous.slice(-40)} ${text}`.replace(/\s+/g, ' ').trim().slice(-120);
    found.push({ role: label ? (label.role as StampRole) : 'published', source: 'byline', ...date, evidence, location: label ? `near headline, "${label.examples[0]!.slice(0, 30)}"` : 'near headline', weight: label ? LABELLED_WEIGHT : UNLABELLED_WEIGHT });
  };
  let unlabelledTaken = false;
  let datelines = 0;
  // A dateline just above the headline ("02.01.2022" over the title) counts as if just under it.
  const above = previous;
  previous = '';
  take(above, null, 0, true);
  previous = above;
  for (let node: Node | null = headline, n = 0; node && n < NEAR_HEADLINE.nodes && read < NEAR_HEADLINE.labelledChars && found.length < NEAR_HEADLINE.dates; node = nextNode(node), n += 1) {
    if (node.nodeType !== 3) continue;
    const text = (node.nodeValue ?? '').replace(/\s+/g, ' ');
    if (text.trim() === '') continue;
    take(text, node.parentElement, read);
    previous = `${previous.slice(-80)} ${text}`;
    read += text.length;
  }
  // Three datelines close under a heading are a list's items ("News" over dated teasers), not one story's.
  const own = datelines >= NEAR_HEADLINE.listDatelines ? found.filter((c) => c.weight !== UNLABELLED_WEIGHT) : found;
  return own.filter((c) => c.weight === UNLABELLED_WEIGHT || !listedRole(own, c.role));
}

/** Labelled dates of one role on as many different days as a list's datelines: teasers' lines, not the story's. */
function listedRole(found: readonly StampCandidate[], role: StampRole): boolean {
  const days = new Set(found.filter((c) => c.weight !== UNLABELLED_WEIGHT && c.role === role).map((c) => c.day));
  return days.size >= NEAR_HEADLINE.listDatelines;
}

/** The next node in document order, not entering scripts, styles or form controls. */
function nextNode(node: Node): Node | null {
  if (node.nodeType === 1 && !SKIP.has((node as Element).tagName) && node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at; at = at.parentNode) if (at.nextSibling) return at.nextSibling;
  return null;
}

/** Up to `max` characters of visible text just before the element (a dateline above the headline). */
function precedingText(el: Element, max: number): string {
  let text = '';
  // Only the headline's own block: its earlier siblings and its parents' (a kicker, a dateline), never
  // further up, where a site's masthead shows today's date.
  let node: Node | null = el;
  for (let n = 0, levels = 0; node && n < 12 && text.length < max; n += 1) {
    while (node && !node.previousSibling && levels < MAX_LEVELS_UP) {
      node = node.parentNode;
      levels += 1;
    }
    node = node?.previousSibling ?? null;
    if (!node) break;
    // Source indentation is not text a reader sees: it must not use up the characters read.
    if (node.nodeType === 3) text = `${(node.nodeValue ?? '').replace(/\s+/g, ' ').trim()} ${text}`;
    else if (node.nodeType === 1 && !SKIP.has((node as Element).tagName) && !isUnrelated(node as Element, el)) text = `${shortText(node as Element, max)} ${text}`;
  }
  const all = text.replace(/\s+/g, ' ');
  if (all.length <= max) return all;
  // A word the window cuts in half is left out: "26.01.2022" must not be read as "6.01.2022".
  const cut = all.slice(-max);
  return all[all.length - max - 1] === ' ' ? cut : cut.replace(/^\S*\s?/, '');
}
