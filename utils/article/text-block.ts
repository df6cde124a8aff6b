import { namesTitle, pageTitle } from '../stamps/headline';
import { MIN_PROSE, PROSE_CHARS } from './running-text';

/**
 * Running text a page sets without <p> elements: a Blogger post body of lines split by <br>, an older CMS
 * template's text in <div>s. A careful reader calls such a page one article when the heading that names
 * the document title sits in a block of text well past a teaser's length, with lines as long as
 * paragraphs (not a thread of one-line posts), little of it links, and no linked headings (other posts'
 * titles) stand in it. Read only on pages where no <p> running text was found, or where the <p> text
 * found looks like a listing's teasers (detect-article.ts); bounded: a few headings, MAX_LEVELS ancestors, MAX_LINKS links, MAX_NODES text nodes are read.
 */
export const TEXT_BLOCK = {
  /** Characters of text beside the heading: several paragraphs' worth, not a teaser or a caption. */
  minChars: 700,
  /** At most this share of it is link text (a menu, a list of posts is mostly links). */
  maxLinkShare: 0.25,
  /** Linked headings (h2-h4 holding a link) in the block that make it a list of posts. */
  maxTeasers: 2,
} as const;
const MAX_LEVELS = 4;
const MAX_HEADINGS = 30;
const MAX_LINKS = 300;
/** Text nodes read for runs of prose. */
const MAX_NODES = 400;
/** NodeFilter.SHOW_TEXT (the NodeFilter global is absent where the CLI runs). */
const SHOW_TEXT = 4;
const TAGS = ['h1', 'h2', 'h3'] as const;

export interface TextBlock {
  heading: string;
  chars: number;
}

export function textUnderTitle(doc: Document): TextBlock | null {
  const heading = titleHeading(doc);
  if (!heading) return null;
  const body = doc.body;
  const own = (heading.textContent ?? '').length;
  let element = heading.parentElement;
  for (let level = 0; element && element !== body && level < MAX_LEVELS; level += 1, element = element.parentElement) {
    // Every level above holds these links too, so none can be a text block: stop before reading its text
    // (a forum thread's or a listing's container can hold megabytes).
    const links = element.getElementsByTagName('a');
    if (links.length > MAX_LINKS) return null;
    const chars = textLength(element) - own;
    if (chars < TEXT_BLOCK.minChars) continue;
    const text = linkShare(links, chars) <= TEXT_BLOCK.maxLinkShare && teasers(element, heading) <= TEXT_BLOCK.maxTeasers && proseRuns(element) >= MIN_PROSE;
    return text ? { heading: heading.tagName.toLowerCase(), chars } : null;
  }
  return null;
}

/** The first <h1>, else <h2>/<h3>, whose words open the document title. */
function titleHeading(doc: Document): Element | null {
  const title = pageTitle(doc);
  if (!title || !doc.body) return null;
  for (const tag of TAGS) {
    const heads = doc.body.getElementsByTagName(tag);
    // Indexed, never `.length`: a live collection's length counts the whole page, its first items do not.
    for (let i = 0, head = heads[0]; head && i < MAX_HEADINGS; i += 1, head = heads[i]) if (namesTitle(head, title)) return head;
  }
  return null;
}

/** Text a reader sees in the element: its text without scripts' and styles'. */
function textLength(element: Element): number {
  let length = (element.textContent ?? '').replace(/\s+/g, ' ').length;
  const hidden = element.querySelectorAll('script, style, noscript, template');
  for (let i = 0; i < hidden.length; i += 1) length -= (hidden[i]!.textContent ?? '').replace(/\s+/g, ' ').length;
  return length;
}

/** The share of the text that is link text (at most MAX_LINKS links, checked by the caller). */
function linkShare(links: HTMLCollectionOf<HTMLAnchorElement>, chars: number): number {
  let linked = 0;
  for (let i = 0; i < links.length; i += 1) linked += (links[i]!.textContent ?? '').replace(/\s+/g, ' ').length;
  return linked / Math.max(1, chars);
}

/** Runs of text as long as a paragraph of running text; a thread of one-line posts has none. */
function proseRuns(element: Element): number {
  const walker = element.ownerDocument.createTreeWalker(element, SHOW_TEXT);
  let runs = 0;
  for (let n = 0, node = walker.nextNode(); node && n < MAX_NODES && runs < MIN_PROSE; n += 1, node = walker.nextNode()) {
    const parent = node.parentElement?.tagName;
    if (parent !== 'SCRIPT' && parent !== 'STYLE' && (node.nodeValue ?? '').trim().length >= PROSE_CHARS) runs += 1;
  }
  return runs;
}

function teasers(element: Element, heading: Element): number {
  const linked = element.querySelectorAll('h2 a, h3 a, h4 a');
  let count = 0;
  for (let i = 0; i < linked.length && count <= TEXT_BLOCK.maxTeasers; i += 1) if (!heading.contains(linked[i]!)) count += 1;
  return count;
}
