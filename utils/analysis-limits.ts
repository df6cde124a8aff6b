import { measureText, type TextShape } from './dom/text-work';

/**
 * The claims step reads element text, so its cost grows with text x depth. Past this
 * budget (some 30 ms of textContent in a browser; a long article with comments is well under a tenth)
 * it is skipped and the page degrades to "unknown" for it rather than freezing the tab.
 */
export const MAX_TEXT_WORK = 20_000_000;
/** Readability's cost grows steeply with nesting; real articles nest under 30 deep, so 256 is only hostile pages. */
export const MAX_CLAIMS_DEPTH = 256;

/** The page's text cost: one walk, run when the claims are asked for, never on the page's load. */
function textShapeOf(doc: Document): TextShape {
  const root = doc.body ?? doc.documentElement;
  return root ? measureText(root, MAX_TEXT_WORK) : { work: 0, maxDepth: 0 };
}

/** Why the claims step must not run on this page (too large or too deep), or null when it may. */
export function claimsSkipReason(doc: Document): string | null {
  const shape = textShapeOf(doc);
  if (shape.work > MAX_TEXT_WORK) return 'page too large: claims skipped';
  if (shape.maxDepth > MAX_CLAIMS_DEPTH) return `page nested ${shape.maxDepth} deep: claims skipped`;
  return null;
}
