/** Tags whose text is not shown: a wording inside a script's string is not a notice. */
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** The shown text of a subtree, and where each of its text nodes starts in it. */
export interface ShownText {
  text: string;
  nodes: Text[];
  starts: number[];
}

/**
 * The text of `root` as textContent joins it, but without scripts, styles and templates (a page's
 * inline JSON state can be most of its textContent: half a megabyte on a magazine page, which the
 * notice scan then read for nothing), from at most `maxNodes` text nodes and `maxChars` characters.
 * One walk in document order; it also records where each node starts, so a place in the text is
 * mapped back to its node without a second walk.
 */
export function shownText(root: Element, maxNodes: number, maxChars: number): ShownText {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  const stack: Node[] = [root];
  while (stack.length > 0 && nodes.length < maxNodes && length < maxChars) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (value === '') continue;
      nodes.push(node as Text);
      starts.push(length);
      parts.push(value);
      length += value.length;
    } else if (node.nodeType === 1 && !HIDDEN.has((node as Element).tagName)) {
      const kids = node.childNodes;
      for (let i = kids.length - 1; i >= 0; i -= 1) stack.push(kids[i]!);
    }
  }
  return { text: parts.join(''), nodes, starts };
}

/** The text nodes holding the given offsets of `shown.text` (ascending), each once. */
export function nodesAt(shown: ShownText, offsets: readonly number[]): Text[] {
  const found: Text[] = [];
  for (const offset of offsets) {
    // The last node starting at or before the offset (binary search over the starts).
    let lo = 0;
    let hi = shown.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (shown.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const node = shown.nodes[lo];
    if (node && shown.starts[lo]! <= offset && found.at(-1) !== node) found.push(node);
  }
  return found;
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
