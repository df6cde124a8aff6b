import { defaultTreeAdapter, parse, serialize, type DefaultTreeAdapterMap, type TreeAdapter } from 'parse5';

/**
 * Chromium's HTML parser stops nesting at this depth (kMaximumHTMLParserDOMTreeDepth): an element
 * opened deeper is attached beside its parent instead of inside it. Real pages stay far below it; a
 * hostile page nested 5,000 deep would otherwise cost the DOM quadratic time on every insertion.
 */
export const MAX_TREE_DEPTH = 512;

type Parent = DefaultTreeAdapterMap['parentNode'];

/**
 * The page's HTML as Chromium would build it: unchanged when no element nests deeper than
 * MAX_TREE_DEPTH, else parsed by parse5 with Chromium's rule and serialized back, so the DOM that
 * parses it has the same capped shape. Costs one parse5 pass (about a quarter of a jsdom parse).
 */
export function capNesting(html: string): string {
  let capped = false;
  const attachPoint = (parent: Parent): Parent => {
    if (!tooDeep(parent)) return parent;
    capped = true;
    return parentOf(parent) ?? parent;
  };
  const adapter: TreeAdapter<DefaultTreeAdapterMap> = {
    ...defaultTreeAdapter,
    appendChild: (parent, node) => defaultTreeAdapter.appendChild(attachPoint(parent), node),
    insertText: (parent, text) => defaultTreeAdapter.insertText(attachPoint(parent), text),
  };
  const document = parse(html, { treeAdapter: adapter });
  return capped ? serialize(document) : html;
}

/** Is the node MAX_TREE_DEPTH or more below the document? Walks at most that far. */
function tooDeep(node: Parent): boolean {
  let depth = 0;
  for (let at: Parent | null = node; at; at = parentOf(at)) {
    depth += 1;
    if (depth > MAX_TREE_DEPTH) return true;
  }
  return false;
}

function parentOf(node: Parent): Parent | null {
  return 'parentNode' in node ? node.parentNode : null;
}
