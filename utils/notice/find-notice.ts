import type { NoticeFinding } from '../report';
import { NOTICE_PATTERNS } from './patterns';
import { selectorFor } from '../dom/selector-for';

/** Notices are short: anything longer is a paragraph that merely quotes the wording. */
const MAX_NOTICE_LENGTH = 400;

/** Finds the innermost element whose whole text is a known old-story notice. */
export function findNotice(doc: Document): NoticeFinding | null {
  const body = doc.body;
  if (!body) return null;
  const walker = doc.createTreeWalker(body, 1 /* NodeFilter.SHOW_ELEMENT */);
  let best: { element: Element; text: string; kind: NoticeFinding['kind'] } | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as Element;
    if (element.tagName === 'SCRIPT' || element.tagName === 'STYLE') continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length === 0 || text.length > MAX_NOTICE_LENGTH) continue;
    const match = NOTICE_PATTERNS.find((p) => p.pattern.test(text));
    // Deeper elements come later in document order; keep the innermost one that still holds the whole notice.
    if (match && (!best || best.element.contains(element))) best = { element, text, kind: match.kind };
  }
  if (!best) return null;
  return {
    kind: best.kind,
    text: best.text,
    selector: selectorFor(best.element),
    tagName: best.element.tagName.toLowerCase(),
    statedAge: null,
    agreesWithStamps: null,
  };
}
