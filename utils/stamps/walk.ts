const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SVG', 'svg']);
/** Children taken from one parent: a flat list of 100,000 siblings is a hostile page, not an article. */
const MAX_CHILDREN = 5_000;

/**
 * Text nodes outside scripts and styles, in document order (or from the end backwards, `fromEnd`): a
 * bounded depth-first walk over plain child links (cheaper than TreeWalker in every DOM we run in),
 * capped at `max` nodes so a page of 100,000 nodes stays fast. `visit` returns true to stop early.
 */
export function walkText(root: Element, visit: (text: Text) => boolean | void, max: number, fromEnd = false): void {
  const stack: Node[] = [root];
  for (let count = 0; stack.length > 0 && count < max; count += 1) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      if (visit(node as Text) === true) return;
      continue;
    }
    if (node.nodeType !== 1 || SKIP.has((node as Element).tagName)) continue;
    // Indexing childNodes, not previousSibling: some DOMs find a sibling by searching the parent's list.
    const kids = node.childNodes;
    if (fromEnd) for (let i = Math.max(0, kids.length - MAX_CHILDREN); i < kids.length; i += 1) stack.push(kids[i]!);
    else for (let i = Math.min(kids.length, MAX_CHILDREN) - 1; i >= 0; i -= 1) stack.push(kids[i]!);
  }
}
