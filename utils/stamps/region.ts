import { MAX_ANCESTORS, UNRELATED_REGION, UNRELATED_TAGS } from './constants';

/**
 * True when an element sits in a part of the page whose dates belong to something else:
 * comments, related-story lists, sidebars, ads, navigation, links to other stories.
 */
export function isUnrelated(element: Element): boolean {
  let el: Element | null = element;
  // An <aside> inside the story's <article> is often its meta column (The Guardian's byline and dates);
  // one outside it is a sidebar.
  let inAside = false;
  for (let depth = 0; el && depth < MAX_ANCESTORS; depth += 1, el = el.parentElement) {
    if (el.tagName === 'ARTICLE' && depth > 0) return false;
    if (el.tagName === 'BODY' || el.tagName === 'MAIN') return inAside;
    if (el.tagName === 'ASIDE') inAside = true;
    else if (UNRELATED_TAGS.has(el.tagName)) return true;
    const label = `${el.id} ${el.getAttribute('class') ?? ''}`;
    if (label.length > 1 && label.length < 400 && UNRELATED_REGION.test(label)) return true;
  }
  return inAside;
}

/**
 * The element's text, whitespace collapsed and cut to `max` characters. Reads text nodes only until
 * it has enough, so a wrapper whose class says "meta" but that holds the whole story costs little.
 */
export function shortText(element: Element, max: number): string {
  let text = '';
  const stack: Node[] = [element];
  for (let visited = 0; stack.length > 0 && text.length <= max * 4 && visited < MAX_TEXT_NODES; visited += 1) {
    const node = stack.pop()!;
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !SKIP_TEXT.has((node as Element).tagName)) {
      const kids = node.childNodes;
      for (let i = Math.min(kids.length, MAX_TEXT_NODES) - 1; i >= 0; i -= 1) stack.push(kids[i]!);
    }
  }
  return text.replace(/\s+/g, ' ').trim().slice(0, max);
}

/** A byline or a notice is a handful of nodes; a wrapper with more is read only in part. */
const MAX_TEXT_NODES = 80;
const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
