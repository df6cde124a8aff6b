/**
 * How many characters a search that reads every element's textContent would touch: each text
 * node counts once per ancestor element. Cheap to compute (one walk, no strings built) and it
 * catches both gigantic pages and deep wrappers around long text, whose cost is multiplied by depth.
 * Stops counting once `limit` is passed.
 */
export function textWork(root: Node, limit: number): number {
  let work = 0;
  let depth = 0;
  let node: Node | null = root.firstChild;
  while (node && work <= limit) {
    if (node.nodeType === 3 /* TEXT_NODE */) work += (node.nodeValue?.length ?? 0) * (depth + 1);
    if (node.nodeType === 1 /* ELEMENT_NODE */ && node.firstChild) {
      node = node.firstChild;
      depth += 1;
      continue;
    }
    while (node && !node.nextSibling && node !== root) {
      node = node.parentNode;
      depth -= 1;
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return work;
}
