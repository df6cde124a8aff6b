import { MIN_SCOPE_PARAGRAPHS } from './constants';

/**
 * The part of the page Readability needs to see: the <article> (or <main>) with the most
 * paragraphs when there is one, else the whole body. Cloning less is most of the saving.
 */
export function readabilityScope(doc: Document): Element | null {
  let best: Element | null = null;
  let bestCount = MIN_SCOPE_PARAGRAPHS - 1;
  for (const candidate of Array.from(doc.querySelectorAll('article, main, [role="main"]'))) {
    const count = candidate.getElementsByTagName('p').length;
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best ?? doc.body;
}

/** Where the claims engine reads paragraphs in place when Readability finds nothing. */
export function fallbackRoot(doc: Document): Element | null {
  return doc.querySelector('article') ?? doc.querySelector('main, [role="main"]');
}
