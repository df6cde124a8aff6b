/**
 * How many characters a search that reads every element's textContent would touch: each text
 * node counts once per ancestor element. Cheap to compute (one walk, no strings built) and it
 * catches both gigantic pages and deep wrappers around long text, whose cost is multiplied by depth.
 * Stops counting once `limit` is passed.
 */
export function textWork(root: Node, limit: number): number {
  let work = 0;
  // Child lists indexed directly: sibling pointers are linear-time in some DOM implementations.
  const stack: { children: NodeListOf<ChildNode>; index: number }[] = [{ children: root.childNodes, index: 0 }];
  while (stack.length > 0 && work <= limit) {
    const top = stack[stack.length - 1]!;
    const node = top.children[top.index];
    if (!node) {
      stack.pop();
      continue;
    }
    top.index += 1;
    if (node.nodeType === 3 /* TEXT_NODE */) work += (node.nodeValue?.length ?? 0) * stack.length;
    else if (node.nodeType === 1 /* ELEMENT_NODE */ && node.childNodes.length > 0) stack.push({ children: node.childNodes, index: 0 });
  }
  return work;
}
