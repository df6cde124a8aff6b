import type { StampCandidate } from './candidate';
import { HAS_DIGIT, WEIGHTS } from './constants';
import { findTextDate } from './parse-text-date';
import { samePage, shortText } from './region';
import { dateOrderOf } from '../time/date-order';

/** Links whose address holds the page's last path segment: at most this many are checked. */
const MAX_LINKS = 20;
/** From the link up to its list item ("views-row", a teaser's <article>): at most this many levels. */
const MAX_LEVELS = 3;
/** A teaser is a title, a date and a line or two; a container with more text is a section, not an item. */
const ITEM_CHARS = 300;
/** An item links to its story once or twice (title, picture); a container with more links holds other stories. */
const MAX_ITEM_LINKS = 2;

/**
 * The page's own story as the site lists it: a teaser in the page's "Latest" list, a carousel or a
 * "more from this section" strip whose link leads to this very page and that carries a date ("10.11.2021
 * Menschenrechte achten", "Achtsam durch die Krise … 18. März 2020"). Read only when nothing else states a
 * day: the site dates the story there when its own page shows no date. The item is the link itself or
 * its nearest container up to MAX_LEVELS above that holds no link elsewhere and little text.
 */
export function findSelfTeaserStamps(doc: Document, url: string): StampCandidate[] {
  const links = linksHere(doc, url);
  const order = dateOrderOf(doc);
  for (const link of links) {
    let item: Element | null = link;
    for (let level = 0; item && item !== doc.body && level <= MAX_LEVELS; level += 1, item = item.parentElement) {
      const text = shortText(item, ITEM_CHARS + 1);
      if (text.length > ITEM_CHARS || !onlyLinksHere(item, url)) break;
      const reading = HAS_DIGIT.test(text) ? findTextDate(text, order) : null;
      if (!reading) continue;
      return [{ role: 'published', source: 'teaser', ...reading.date, evidence: text.slice(0, 120), location: `${item.tagName.toLowerCase()} linking to this page`, weight: WEIGHTS.selfTeaser }];
    }
  }
  return [];
}

/** The page's links to itself (the same host, path and query), found natively by its address's last path segment. */
function linksHere(doc: Document, url: string): Element[] {
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return [];
  }
  const segment = page.pathname.split('/').filter(Boolean).at(-1);
  // A home page, or an address too bare to tell its links from others' ("/p", "/2").
  if (!segment || segment.length < 4) return [];
  const forms = new Set([segment, safeDecode(segment)]);
  const selector = [...forms].map((form) => `a[href*="${form.replace(/["\\]/g, '\\$&')}"]`).join(',');
  let found: ArrayLike<Element>;
  try {
    found = doc.body?.querySelectorAll(selector) ?? [];
  } catch {
    return []; // An address no selector can quote: no teaser is looked for.
  }
  const here: Element[] = [];
  for (let i = 0; i < found.length && i < MAX_LINKS; i += 1) {
    const link = found[i]!;
    if (samePage(link.getAttribute('href') ?? '', url, true)) here.push(link);
  }
  return here;
}

/** Every link in `item` leads to this page, and there are at most MAX_ITEM_LINKS of them. */
function onlyLinksHere(item: Element, url: string): boolean {
  const links = item.tagName === 'A' ? [item] : Array.from(item.getElementsByTagName('a'));
  return links.length <= MAX_ITEM_LINKS && links.every((a) => samePage(a.getAttribute('href') ?? '', url, true));
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
