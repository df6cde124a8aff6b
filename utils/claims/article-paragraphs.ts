import { Readability } from '@mozilla/readability';
import { FURNITURE_TEXT, MIN_PARAGRAPH_CHARS, NON_BODY_SELECTOR, PARAGRAPH_SELECTOR } from './constants';

const WHITESPACE = /\s+/g;

/** Text of the innermost paragraph-like blocks under `root`, whitespace collapsed, furniture dropped. */
function paragraphsIn(root: Element): string[] {
  const blocks = Array.from(root.querySelectorAll(PARAGRAPH_SELECTOR))
    // A blockquote or list item that holds <p>s is read through its paragraphs.
    .filter((block) => !block.querySelector(PARAGRAPH_SELECTOR) && !block.closest(NON_BODY_SELECTOR));
  return blocks
    .map((block) => (block.textContent ?? '').replace(WHITESPACE, ' ').trim())
    .filter((text) => text.length >= MIN_PARAGRAPH_CHARS && !FURNITURE_TEXT.test(text));
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
 * clone of the document (the live page is never touched), else the paragraphs inside
 * <article>/<main> less forms, navigation, footers, asides and comments.
 */
export function articleParagraphs(doc: Document): string[] {
  const body = readabilityBody(prunedClone(doc));
  const fromReadability = body ? paragraphsIn(body) : [];
  if (fromReadability.length > 0) return fromReadability;
  const clone = prunedClone(doc);
  const root = clone.querySelector('article') ?? clone.querySelector('main, [role="main"]');
  return root ? paragraphsIn(root) : [];
}

function prunedClone(doc: Document): Document {
  const clone = doc.cloneNode(true) as Document;
  for (const junk of Array.from(clone.querySelectorAll(NON_BODY_SELECTOR))) junk.remove();
  return clone;
}
