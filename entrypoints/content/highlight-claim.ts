/**
 * Shows a claim's range in the page: the CSS Custom Highlight API where the browser has it (no DOM
 * change to the text), else <mark data-as-of-highlight> around each text piece. Either way the
 * element holding the sentence gets `data-as-of-highlight`, which tests read from any world.
 */
const HIGHLIGHT_NAME = 'as-of-claim';
const ATTRIBUTE = 'data-as-of-highlight';
const PAGE_STYLE = `::highlight(${HIGHLIGHT_NAME}) { background: #ffe066; color: #111; }
mark[${ATTRIBUTE}] { background: #ffe066; color: #111; }`;

interface HighlightGlobals {
  Highlight?: new (...ranges: Range[]) => unknown;
}

export function highlightRange(range: Range, claimId: string, reducedMotion: boolean): void {
  clearHighlight();
  ensurePageStyle();
  const container = range.commonAncestorContainer;
  const holder = container instanceof Element ? container : container.parentElement;
  if (!paintWithHighlightApi(range)) wrapInMarks(range, claimId);
  holder?.setAttribute(ATTRIBUTE, claimId);
  holder?.scrollIntoView({ block: 'center', behavior: reducedMotion ? 'auto' : 'smooth' });
}

export function clearHighlight(): void {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(HIGHLIGHT_NAME);
  for (const mark of Array.from(document.querySelectorAll(`mark[${ATTRIBUTE}]`))) mark.replaceWith(...Array.from(mark.childNodes));
  for (const element of Array.from(document.querySelectorAll(`[${ATTRIBUTE}]`))) element.removeAttribute(ATTRIBUTE);
}

function paintWithHighlightApi(range: Range): boolean {
  const HighlightClass = (globalThis as HighlightGlobals).Highlight;
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || !HighlightClass) return false;
  try {
    CSS.highlights.set(HIGHLIGHT_NAME, new HighlightClass(range) as Highlight);
    return true;
  } catch {
    return false;
  }
}

/** Wraps each text node piece inside the range, so ranges across elements stay valid markup. */
function wrapInMarks(range: Range, claimId: string): void {
  const root = range.commonAncestorContainer;
  const texts: Text[] = [];
  if (root instanceof Text) texts.push(root);
  else {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) texts.push(n as Text);
  }
  for (const text of texts) {
    const start = text === range.startContainer ? range.startOffset : 0;
    const end = text === range.endContainer ? range.endOffset : text.length;
    if (end <= start) continue;
    const piece = text.splitText(start);
    piece.splitText(end - start);
    const mark = document.createElement('mark');
    mark.setAttribute(ATTRIBUTE, claimId);
    piece.replaceWith(mark);
    mark.append(piece);
  }
}

function ensurePageStyle(): void {
  if (document.querySelector('style[data-as-of-style]')) return;
  const style = document.createElement('style');
  style.setAttribute('data-as-of-style', '');
  style.textContent = PAGE_STYLE;
  (document.head ?? document.documentElement).append(style);
}
