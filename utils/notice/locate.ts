/** Tags whose text is not shown: a wording inside a script's string is not a notice. */
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** Elements whose text is never shown, as a selector: their text is cut out of the page's text. */
const HIDDEN_SELECTOR = [...HIDDEN].join(', ').toLowerCase();

/** A page's text without its hidden elements', and the way back from an offset in it to one in `textContent`. */
export interface ShownText {
  text: string;
  /** The offset in the root's `textContent` of an offset in `text`. */
  toWhole(offset: number): number;
}

/**
 * The text of `root` as textContent joins it, but without scripts, styles and templates (a page's
 * inline JSON state can be most of its textContent: half a megabyte on a magazine page, which the
 * notice scan then read for nothing), at most `maxChars` characters. No walk over the page's nodes:
 * the hidden elements' own texts (native reads) are cut out of `whole`, where they stand in document order.
 */
export function shownText(root: Element, whole: string, maxChars: number): ShownText {
  const parts: string[] = [];
  /** Where each kept part starts, in `text` and in `whole`. */
  const shownStarts: number[] = [];
  const wholeStarts: number[] = [];
  let cursor = 0;
  let length = 0;
  let outer: Element | null = null;
  const keep = (to: number): void => {
    if (to <= cursor) return;
    shownStarts.push(length);
    wholeStarts.push(cursor);
    parts.push(whole.slice(cursor, to));
    length += to - cursor;
  };
  for (const el of root.querySelectorAll(HIDDEN_SELECTOR)) {
    if (length >= maxChars) break;
    // A hidden element inside one already cut out went with it.
    if (outer?.contains(el)) continue;
    const own = el.textContent ?? '';
    if (own === '') continue;
    const at = whole.indexOf(own, cursor);
    if (at < 0) continue;
    outer = el;
    keep(at);
    cursor = at + own.length;
  }
  keep(whole.length);
  const text = parts.join('').slice(0, maxChars);
  const toWhole = (offset: number): number => {
    // The last kept part starting at or before the offset (binary search).
    let lo = 0;
    let hi = shownStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (shownStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return (wholeStarts[lo] ?? 0) + offset - (shownStarts[lo] ?? 0);
  };
  return { text, toWhole };
}

/**
 * The text nodes holding the given offsets of `root.textContent` (ascending), found in one walk over the
 * text in document order, as textContent concatenates it. Offsets past `maxNodes` text nodes, or inside
 * hidden elements, yield nothing.
 */
export function textNodesAt(root: Element, offsets: readonly number[], maxNodes: number): Text[] {
  const found: Text[] = [];
  let next = 0;
  let position = 0;
  let seen = 0;
  const stack: Node[] = [root];
  while (stack.length > 0 && next < offsets.length && seen < maxNodes) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      seen += 1;
      const end = position + (node.nodeValue ?? '').length;
      for (; next < offsets.length && offsets[next]! < end; next += 1) {
        if (offsets[next]! >= position && !HIDDEN.has(node.parentElement?.tagName ?? '') && found.at(-1) !== node) found.push(node as Text);
      }
      position = end;
    } else if (node.nodeType === 1) {
      const kids = node.childNodes;
      for (let i = kids.length - 1; i >= 0; i -= 1) stack.push(kids[i]!);
    }
  }
  return found;
}
