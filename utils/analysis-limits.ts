import { measureText } from './dom/text-work';

/**
 * The claims step reads element text, so its cost grows with text x depth. Past this
 * budget (some 30 ms of textContent in a browser; a long article with comments is well under a tenth)
 * it is skipped and the page degrades to "unknown" for it rather than freezing the tab.
 */
export const MAX_TEXT_WORK = 20_000_000;
/** Readability's cost grows steeply with nesting; real articles nest under 30 deep, so 256 is only hostile pages. */
export const MAX_CLAIMS_DEPTH = 256;

/** How deep the native check looks (real articles nest under 30): a page with an element this deep is walked. */
const SHALLOW_DEPTH = 40;
/** Matches the elements exactly SHALLOW_DEPTH levels below the root (its children are level 1). */
const AT_SHALLOW_DEPTH = `:scope${' > *'.repeat(SHALLOW_DEPTH)}`;

/**
 * Both limits hold, shown with two native reads instead of a walk in script (which costs a page of
 * 50,000 nodes a long task when the popup opens): with no element SHALLOW_DEPTH levels deep, no text
 * node has more than SHALLOW_DEPTH element ancestors below the root, so the text work is at most the
 * text's length times SHALLOW_DEPTH, and the nesting is under MAX_CLAIMS_DEPTH. False means "walk and see".
 */
function surelyWithinLimits(root: Element): boolean {
  try {
    if (root.querySelector(AT_SHALLOW_DEPTH) !== null) return false;
  } catch {
    return false; // A DOM without :scope support: the walk decides.
  }
  return (root.textContent?.length ?? 0) * SHALLOW_DEPTH <= MAX_TEXT_WORK;
}

/** Why the claims step must not run on this page (too large or too deep), or null when it may. */
export function claimsSkipReason(doc: Document): string | null {
  const root = doc.body ?? doc.documentElement;
  if (!root || surelyWithinLimits(root)) return null;
  // The page's text cost: one walk, run when the claims are asked for, never on the page's load.
  const shape = measureText(root, MAX_TEXT_WORK);
  if (shape.work > MAX_TEXT_WORK) return 'page too large: claims skipped';
  if (shape.maxDepth > MAX_CLAIMS_DEPTH) return `page nested ${shape.maxDepth} deep: claims skipped`;
  return null;
}
