import { Readability } from '@mozilla/readability';
import { FURNITURE_TEXT, MAX_BLOCKS, MAX_ELEMENTS_FOR_READABILITY, MAX_PARAGRAPHS, MIN_PARAGRAPH_CHARS, NON_BODY_SELECTOR, PARAGRAPH_SELECTOR } from './constants';

const WHITESPACE = /\s+/g;

/** Text of the innermost paragraph-like blocks under `root`, whitespace collapsed, furniture dropped. */
function paragraphsIn(root: Element): string[] {
  const paragraphs: string[] = [];
  for (const block of Array.from(root.querySelectorAll(PARAGRAPH_SELECTOR)).slice(0, MAX_BLOCKS)) {
    if (paragraphs.length >= MAX_PARAGRAPHS) break;
    // A blockquote or list item that holds <p>s is read through its paragraphs.
    if (block.querySelector(PARAGRAPH_SELECTOR) || block.closest(NON_BODY_SELECTOR)) continue;
    const text = (block.textContent ?? '').replace(WHITESPACE, ' ').trim();
    if (text.length >= MIN_PARAGRAPH_CHARS && !FURNITURE_TEXT.test(text)) paragraphs.push(text);
  }
  return paragraphs;
}

/** Readability's pick of the body, from a clone with forms, navigation and footers already gone. */
function readabilityBody(clone: Document): Element | null {
  try {
    const article = new Readability<Element>(clone, { serializer: (node) => node as Element, charThreshold: 200 }).parse();
    return article?.content ?? null;
  } catch {
    return null;
  }
}

/**
 * The article body as paragraphs of plain text, never reading outside the body: Readability on a
 * clone of the document (the live page is never touched), else — when Readability finds nothing or
 * the page is too large to clone — the paragraphs inside <article>/<main>, read in place, less
 * forms, navigation, footers, asides and comments.
 */
export function articleParagraphs(doc: Document): string[] {
  if (doc.getElementsByTagName('*').length <= MAX_ELEMENTS_FOR_READABILITY) {
    const body = readabilityBody(prunedClone(doc));
    const fromReadability = body ? paragraphsIn(body) : [];
    if (fromReadability.length > 0) return fromReadability;
  }
  const root = doc.querySelector('article') ?? doc.querySelector('main, [role="main"]');
  return root ? paragraphsIn(root) : [];
}

function prunedClone(doc: Document): Document {
  const clone = doc.cloneNode(true) as Document;
  for (const junk of Array.from(clone.querySelectorAll(NON_BODY_SELECTOR))) junk.remove();
  return clone;
}
