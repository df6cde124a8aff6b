export interface TextShape {
  /** Characters a search reading every element's textContent would touch: each text node once per ancestor. */
  work: number;
  /** The deepest element nesting below the root. */
  maxDepth: number;
}

/**
 * How costly the page's text is to search, in one cheap walk (no strings built): catches gigantic
 * pages, deep wrappers around long text (cost multiplied by depth), and absurd nesting, which makes
 * tree-walking libraries such as Readability superlinear. Stops counting once `limit` work is passed.
 */
export function measureText(root: Node, limit: number): TextShape {
  let work = 0;
  let maxDepth = 0;
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
    else if (node.nodeType === 1 /* ELEMENT_NODE */) {
      maxDepth = Math.max(maxDepth, stack.length);
      if (node.childNodes.length > 0) stack.push({ children: node.childNodes, index: 0 });
    }
  }
  return { work, maxDepth };
}

export function textWork(root: Node, limit: number): number {
  return measureText(root, limit).work;
}
