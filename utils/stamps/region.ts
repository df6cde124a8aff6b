import { BYLINE_LABEL, COLUMN_REGION, LAYOUT_REGION, MAX_ANCESTORS, POST_FOOTER, UNRELATED_REGION, UNRELATED_TAGS } from './constants';

/**
 * True when an element sits in a part of the page whose dates belong to something else:
 * comments, related-story lists, sidebars, ads, navigation, links to other stories.
 *
 * The article's own parts are kept, on any site: an ancestor that holds the page's `headline` is the
 * article's container whatever its layout class ("widget", "sidebar"); a <footer> inside an <article>
 * is that article's meta line; a link to the page itself (the post's permalink) is not another story;
 * a byline whose own class says "teaser" is still a byline. A comment's <article> is still a comment.
 * `siteFooter`: the page's own footer counts as the page's (its "last changed" line), not as another item.
 */
export function isUnrelated(element: Element, headline: Element | null = null, siteFooter = false): boolean {
  let el: Element | null = element;
  // An <aside> inside the story's <article> is often its meta column (The Guardian's byline and dates);
  // one outside it is a sidebar.
  let inAside = false;
  // A column word ("sidebar", "widget") seen below: another item's, unless the climb reaches the headline's own <article>.
  let inLayout = false;
  const holders = headline ? headlineAncestors(headline) : null;
  for (let depth = 0; el && depth < MAX_ANCESTORS; depth += 1, el = el.parentElement) {
    const label = `${el.id} ${el.getAttribute('class') ?? ''}`;
    const labelled = label.length > 1 && label.length < 400;
    if (labelled && UNRELATED_REGION.test(label)) return true;
    const holdsHeadline = holders !== null && holders.has(el);
    // An <article> is the story's own unless it stands apart from the headline (a teaser in a sidebar):
    // then the climb goes on, so the sidebar around it still counts. Inside the headline's own
    // <article>, a "sidebar" or "widget" block is the story's meta column (its date, its author).
    if (el.tagName === 'ARTICLE' && depth > 0 && (holders === null ? !inLayout : holdsHeadline)) return false;
    if (el.tagName === 'BODY' || el.tagName === 'MAIN') return inAside || inLayout;
    if (el.tagName === 'ASIDE') inAside ||= !holdsHeadline;
    else if (UNRELATED_TAGS.has(el.tagName) && !ownPart(el) && !(siteFooter && el.tagName === 'FOOTER')) return true;
    // A post's own footer sits beside its headline inside the same post, or names the post it closes ("post-footer", "entry-footer").
    const ownFooter = /footer/i.test(label) && (siteFooter || (holders !== null && el.parentElement !== null && holders.has(el.parentElement)) || POST_FOOTER.test(label));
    // An <article>'s own layout class (Drupal's "node--promoted") describes the story, not a sidebar; a date
    // element or the wrapper of a <time> named as one ("news-list-date" of a news template's single view) is a date.
    if (labelled && !holdsHeadline && !ownFooter && el.tagName !== 'ARTICLE' && LAYOUT_REGION.test(label) && !(depth <= DATE_WRAPPER && BYLINE_LABEL.test(label)) && !itemColumn(label)) {
      if (holders === null || !COLUMN_REGION.test(label)) return true;
      inLayout = true;
    }
  }
  return inAside || inLayout;
}

/** The block of a BEM class that names the page's frame ("l-page__sidebar", "layout__rail"), not an item. */
const FRAME_BLOCK = /^(?:l-|layout|page|site|main|wrapper|container|content|body|grid|app)/i;

/**
 * Every layout word in `label` is a column of a named item, written the BEM way: "podcast-description__sidebar"
 * is the side column of the podcast's description (its credits, its "Mise en ligne" date), not the page's
 * sidebar. A frame block's column ("page__sidebar") and any other layout word still count.
 */
function itemColumn(label: string): boolean {
  let columns = 0;
  for (const token of label.split(/\s+/)) {
    if (!LAYOUT_REGION.test(token)) continue;
    const at = token.indexOf('__');
    if (at <= 0) return false;
    const block = token.slice(0, at);
    if (FRAME_BLOCK.test(block) || LAYOUT_REGION.test(block) || !COLUMN_REGION.test(token.slice(at))) return false;
    columns += 1;
  }
  return columns > 0;
}

/** How far up from a date an element named for a date ("post-date", "news-list-date") is the date's own wrapper. */
const DATE_WRAPPER = 1;


const ancestorSets = new WeakMap<Element, Set<Element>>();

/** The headline and the elements that hold it, found once per headline (a parent chain, not a subtree search). */
function headlineAncestors(headline: Element): Set<Element> {
  let set = ancestorSets.get(headline);
  if (!set) {
    set = new Set();
    for (let el: Element | null = headline, n = 0; el && n < MAX_HEADLINE_DEPTH; el = el.parentElement, n += 1) set.add(el);
    ancestorSets.set(headline, set);
  }
  return set;
}

/** Deeper than this, a headline's outer containers are the page's frame, not the article's. */
const MAX_HEADLINE_DEPTH = 200;

/** A <footer> inside an <article>, or a link to this very page: parts of the article, not of another item. */
function ownPart(el: Element): boolean {
  if (el.tagName === 'FOOTER') return el.parentElement?.closest('article') != null;
  if (el.tagName !== 'A') return false;
  if (/\bbookmark\b/i.test(el.getAttribute('rel') ?? '')) return true;
  return samePage(el.getAttribute('href') ?? '', el.ownerDocument.URL);
}

/**
 * `href` leads to the page at `pageUrl`: the same host and path (a closing slash aside), no fragment.
 * `withQuery`: the query must match too, where a page's identity may lie ("article.php?id=12").
 */
export function samePage(href: string, pageUrl: string, withQuery = false): boolean {
  if (href === '' || href.startsWith('#')) return false;
  try {
    const target = new URL(href, pageUrl);
    const page = new URL(pageUrl);
    return target.hash === '' && target.host === page.host && target.pathname.replace(/\/$/, '') === page.pathname.replace(/\/$/, '') && (!withQuery || target.search === page.search);
  } catch {
    return false;
  }
}

/**
 * The element's text, whitespace collapsed and cut to `max` characters. Reads text nodes only until
 * it has enough, so a wrapper whose class says "meta" but that holds the whole story costs little.
 */
export function shortText(element: Element, max: number): string {
  let text = '';
  // Depth first in document order, moving by first child and next sibling: only the nodes read are
  // touched (each node a script touches costs the page a wrapper object).
  let node: Node | null = element;
  for (let visited = 0; node !== null && text.length <= max * 4 && visited < MAX_TEXT_NODES; visited += 1) {
    let next: Node | null = null;
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !SKIP_TEXT.has((node as Element).tagName)) {
      // A cell, a line or a block starts a new word: "337" and "26 | 01 | 2022" in two cells are not "33726 | 01 | 2022".
      if (BREAKS_TEXT.has((node as Element).tagName)) text += ' ';
      next = node.firstChild;
    }
    // No child to go down to: the next sibling of this node or of the nearest ancestor below `element` that has one.
    for (let up: Node | null = node; next === null && up !== null && up !== element; up = up.parentNode) next = up.nextSibling;
    node = next;
  }
  return text.replace(/\s+/g, ' ').trim().slice(0, max);
}

/** A byline or a notice is a handful of nodes; a wrapper with more is read only in part. */
const MAX_TEXT_NODES = 80;
const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Elements a browser shows apart from the text before them: table cells, line breaks, blocks. */
const BREAKS_TEXT = new Set(['TD', 'TH', 'TR', 'BR', 'DIV', 'P', 'LI', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'FIGCAPTION', 'BLOCKQUOTE', 'UL', 'OL', 'TABLE']);
