import { Readability } from '@mozilla/readability';
import { FURNITURE_TEXT, MAX_BLOCKS, MAX_ELEMENTS_FOR_READABILITY, MAX_PARAGRAPHS, MIN_PARAGRAPH_CHARS, NON_BODY_SELECTOR, PARAGRAPH_SELECTOR } from './constants';
import { isFurniture } from './furniture';
import { fallbackRoot, readabilityScope } from './readability-scope';
import { findHeadline } from '../stamps/headline';

const WHITESPACE = /\s+/g;
/** Prose ends a paragraph with . ! ? or a closing quote or bracket; a one-sentence <p> that does not is a headline, a link or a label. */
const ENDS_AS_PROSE = /[.!?…:;]["”’')\]]*$|["”’')\]]$/;
/** A standfirst may drop its last period; it still has sentences inside. */
const INNER_BREAK = /[.!?]["”’]? [A-Z]/;
/** Photo captions (and the credits glued to them) are not the story's statements. */
const CAPTION = 'figure, figcaption';

/** A paragraph that is all link ("Related: …", a list of other stories) is navigation, not body text. */
function isMostlyLink(block: Element, text: string): boolean {
  let linked = 0;
  for (const a of Array.from(block.querySelectorAll('a'))) linked += (a.textContent ?? '').replace(WHITESPACE, ' ').trim().length;
  return linked >= text.length * 0.8;
}

/** Body prose: long enough, not furniture, not a caption, a link list or a headline. */
function isProse(block: Element, text: string): boolean {
  if (text.length < MIN_PARAGRAPH_CHARS || FURNITURE_TEXT.test(text) || isFurniture(text) || block.closest(CAPTION)) return false;
  if (block.tagName === 'P' && !ENDS_AS_PROSE.test(text) && !INNER_BREAK.test(text)) return false;
  return !isMostlyLink(block, text);
}

/** Text of the innermost paragraph-like blocks under `root`, whitespace collapsed, furniture dropped. */
function paragraphsIn(root: Element): string[] {
  const paragraphs: string[] = [];
  for (const block of Array.from(root.querySelectorAll(PARAGRAPH_SELECTOR)).slice(0, MAX_BLOCKS)) {
    if (paragraphs.length >= MAX_PARAGRAPHS) break;
    // A blockquote or list item that holds <p>s is read through its paragraphs.
    if (block.querySelector(PARAGRAPH_SELECTOR) || block.closest(NON_BODY_SELECTOR)) continue;
    const text = (block.textContent ?? '').replace(WHITESPACE, ' ').trim();
    if (isProse(block, text)) paragraphs.push(text);
  }
  return paragraphs;
}

/**
 * Readability's pick of the body, from a clone with forms, navigation and footers already gone. Its
 * classes are kept: stripping them is a last pass over the whole pick that the paragraphs never need
 * (no element of NON_BODY_SELECTOR is left in the clone to match).
 */
function readabilityBody(clone: Document): Element | null {
  try {
    const article = new Readability<Element>(clone, { serializer: (node) => node as Element, charThreshold: 200, keepClasses: true }).parse();
    return article?.content ?? null;
  } catch {
    return null;
  }
}

/** A detached copy of `scope` in a document of its own, with forms, navigation and footers gone. */
function prunedCopy(doc: Document, scope: Element): Document {
  const copy = doc.implementation.createHTMLDocument(doc.title);
  copy.body.append(copy.importNode(scope, true));
  for (const junk of Array.from(copy.querySelectorAll(NON_BODY_SELECTOR))) junk.remove();
  return copy;
}

/** Class words of the standfirst under a headline: "article__desc", "dek", "standfirst", "lede", "chapo". */
const STANDFIRST_CLASS = /(?:desc|dek|standfirst|lede|intro|summary|subtitle|sub-?head|excerpt|chapo)/i;
/** How many elements after the headline the standfirst may stand (a kicker or a share bar between). */
const STANDFIRST_REACH = 2;

/**
 * The standfirst: the lead paragraph set right under the headline, outside the body Readability keeps ("The
 * agreement reached Saturday after 44 days of strike action …, the union said."). It is the story's own
 * summary of where things stand, so it is read first. Null when the headline's next elements hold no prose.
 */
function standfirst(doc: Document): string | null {
  let el = findHeadline(doc)?.nextElementSibling ?? null;
  for (let i = 0; el && i < STANDFIRST_REACH; i += 1, el = el.nextElementSibling) {
    if (el.tagName !== 'P' && !STANDFIRST_CLASS.test(el.getAttribute('class') ?? '')) continue;
    const text = (el.textContent ?? '').replace(WHITESPACE, ' ').trim();
    return isProse(el, text) ? text : null;
  }
  return null;
}

/** The paragraphs with the standfirst first, unless the body repeats it (many stories open with their standfirst). */
function withStandfirst(doc: Document, paragraphs: string[]): string[] {
  const lead = standfirst(doc);
  if (!lead || paragraphs.length === 0) return paragraphs;
  const head = lead.slice(0, 60);
  return paragraphs.some((p) => p.includes(head) || lead.includes(p.slice(0, 60))) ? paragraphs : [lead, ...paragraphs];
}

/**
 * The article body as paragraphs of plain text, never reading outside the body: Readability on a
 * copy of the article's part of the page (the live page is never touched), else — when Readability
 * finds nothing or the page is too large to copy — the paragraphs inside <article>/<main>, read in
 * place, less forms, navigation, footers, asides and comments.
 */
export function articleParagraphs(doc: Document): string[] {
  const scope = readabilityScope(doc);
  if (scope && scope.getElementsByTagName('*').length <= MAX_ELEMENTS_FOR_READABILITY) {
    const body = readabilityBody(prunedCopy(doc, scope));
    const fromReadability = body ? paragraphsIn(body) : [];
    if (fromReadability.length > 0) return withStandfirst(doc, fromReadability).slice(0, MAX_PARAGRAPHS);
  }
  const root = fallbackRoot(doc);
  return root ? paragraphsIn(root) : [];
}
