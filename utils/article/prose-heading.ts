import { isProse, MIN_PROSE } from './running-text';

/**
 * Pages without article metadata or an <article> element: a careful reader calls a page one article when
 * its main heading sits in a container with paragraphs of running text, and no teaser headings (each a link
 * to another page) come before the end of that text, as in a listing, even one showing full posts.
 * Related links and sidebars after the text do not count. The main heading is an <h1>; a page with none
 * (older blog themes title a post with <h2>/<h3>) is tried by its first few <h2>/<h3>. Bounded: at most
 * MAX_HEADINGS headings, MAX_LEVELS ancestors each, MAX_PARAGRAPHS paragraphs and MAX_LINKED linked
 * headings of one container are read, all by native lookups; no layout is read. Its heading lookups run
 * only on pages that running-text.ts found running text on, so pages without any pay none of them.
 */
const MAX_HEADINGS = 3;
const MAX_LEVELS = 8;
const MAX_PARAGRAPHS = 40;
const MAX_LINKED = 50;
/**
 * Linked headings before the end of the running text make a listing when there are many, or a few with
 * little text between them; a news story's "more on this" box of two or three links inside its text does not.
 */
const LISTING_TEASERS = 5;
const FEW_TEASERS = 3;
/** Node.DOCUMENT_POSITION_PRECEDING (the Node global is absent where the CLI runs). */
const PRECEDING = 2;

export interface ProseHeading {
  heading: string;
  prose: number;
  teasers: number;
}

/**
 * The first main heading over running text with no teasers among it; else the first one over running text
 * (a listing); else null. Several <h1>s (a logo, the site's name, the title) are each tried; more than
 * MAX_HEADINGS is a listing template.
 */
export function proseUnderHeading(doc: Document): ProseHeading | null {
  const h1s = doc.getElementsByTagName('h1');
  if (h1s.length > MAX_HEADINGS) return null;
  const headings = h1s.length > 0 ? h1s : doc.querySelectorAll('h2, h3');
  let listing: ProseHeading | null = null;
  for (let i = 0; i < Math.min(headings.length, MAX_HEADINGS); i += 1) {
    const found = proseContainer(headings[i]!);
    if (!found) continue;
    const seen = { heading: headings[i]!.tagName.toLowerCase(), prose: found.prose, teasers: teasersWithin(found.container, headings[i]!, found.lastProse) };
    if (!looksLikeListing(seen)) return seen;
    listing ??= seen;
  }
  return listing;
}

export function looksLikeListing({ teasers, prose }: ProseHeading): boolean {
  return teasers >= LISTING_TEASERS || (teasers >= FEW_TEASERS && teasers * 2 >= prose);
}

/**
 * The nearest ancestor of the heading below <body> holding at least MIN_PROSE paragraphs of running text.
 * Each level costs a native lookup of its paragraphs (a static list: a live collection per ancestor would
 * attach bookkeeping to each of them), so the walk stops below <body> (the whole page) and
 * at the first ancestor with MAX_PARAGRAPHS paragraphs and no running text among them (a forum's posts).
 */
function proseContainer(heading: Element): { container: Element; prose: number; lastProse: Element } | null {
  const body = heading.ownerDocument.body;
  let element = heading.parentElement;
  for (let level = 0; element && element !== body && level < MAX_LEVELS; level += 1, element = element.parentElement) {
    const paragraphs = element.querySelectorAll('p');
    if (paragraphs.length < MIN_PROSE) continue;
    let prose = 0;
    let lastProse: Element | null = null;
    for (let i = 0; i < Math.min(paragraphs.length, MAX_PARAGRAPHS); i += 1) {
      if (!isProse(paragraphs[i]!)) continue;
      prose += 1;
      lastProse = paragraphs[i]!;
    }
    if (prose >= MIN_PROSE && lastProse) return { container: element, prose, lastProse };
    if (paragraphs.length >= MAX_PARAGRAPHS) return null;
  }
  return null;
}

/** Linked headings in the container, other than the main heading, before its last paragraph of running text. */
function teasersWithin(container: Element, heading: Element, lastProse: Element): number {
  const linked = container.querySelectorAll('h2 a, h3 a, h4 a');
  let teasers = 0;
  for (let i = 0; i < Math.min(linked.length, MAX_LINKED); i += 1) {
    const link = linked[i]!;
    if (!heading.contains(link) && (lastProse.compareDocumentPosition(link) & PRECEDING) !== 0) teasers += 1;
  }
  return teasers;
}
