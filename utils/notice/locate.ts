/** Tags whose text is not shown: a wording inside a script's string is not a notice. */
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

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
