import type { PageReport } from '../report';
import { findHeadline } from './find-headline';
import { flatLayout, type PlacementLayout } from './layout';

/** Where the badge goes: in the page's flow right after `anchor`, or (`corner`) fixed in a corner of the screen. */
export interface Placement {
  anchor: Element;
  append: 'after' | 'last';
  corner: boolean;
  /** px from the container's edge to the anchor's text: the badge starts there too, in the anchor's column. */
  indent: number;
}

const BYLINE = '[rel="author"], [itemprop="author"], .byline, [class*="byline"]';
/** Parents whose children are laid out out of document order or side by side: the badge goes after them instead. */
const NOT_A_FLOW = /^(inline|inline-block|flex|inline-flex|grid|inline-grid|contents|table.*|ruby.*)$/;
/** How many such parents to climb out of before giving up on the anchor. */
const MAX_CLIMB = 4;

/**
 * Where the reader looks: right after the page's archived notice, else right after the article's
 * headline, else after its byline; a fixed corner only when none is found in the first two screens.
 * Inline placement pushes text down rather than covering it, and the badge starts where the anchor's
 * text starts. Only reads the document.
 */
export function choosePlacement(doc: Document, report: PageReport, layout: PlacementLayout = flatLayout): Placement {
  const notice = report.notice ? noticeElement(doc, report.notice.selector) : null;
  const found = (notice && layout.shown(notice) ? notice : null)
    ?? findHeadline(doc, layout.shown)
    ?? firstByline(doc, layout.shown);
  const anchor = found && doc.body?.contains(found) && found !== doc.body ? inFlow(found, doc.body, layout) : null;
  if (anchor) return { anchor, append: 'after', corner: false, indent: layout.indent(anchor) };
  return { anchor: doc.body ?? doc.documentElement, append: 'last', corner: true, indent: 0 };
}

/**
 * The element the badge can follow in the page's flow: the anchor itself, or the nearest ancestor whose
 * parent stacks its children top to bottom in document order (a flex header may show its headline
 * below the next element, or beside it).
 */
function inFlow(anchor: Element, body: Element, layout: PlacementLayout): Element | null {
  let el = anchor;
  for (let i = 0; i <= MAX_CLIMB; i += 1) {
    const parent = el.parentElement;
    if (!parent) return null;
    const flows = parent === body || (!NOT_A_FLOW.test(layout.display(parent)) && !/^inline/.test(layout.display(el)));
    if (flows) return el.closest('a, button') ? null : el;
    el = parent;
  }
  return null;
}

/** The notice's own element, unless it sits in a link or a control. */
function noticeElement(doc: Document, selector: string): Element | null {
  let found: Element | null;
  try {
    found = doc.querySelector(selector);
  } catch {
    return null;
  }
  if (!found || !doc.body?.contains(found)) return null;
  return found.closest('a, button') === null ? found : null;
}

function firstByline(doc: Document, shown: (e: Element) => boolean): Element | null {
  const body = doc.body;
  if (!body) return null;
  for (const byline of Array.from(body.querySelectorAll(BYLINE)).slice(0, 10)) {
    if (byline.closest('a, button, nav, footer, aside, [role="navigation"]')) continue;
    if (shown(byline) && byline.parentElement) return byline;
  }
  return null;
}

/** The badge host's own rule for this placement: in the flow, it starts where its anchor's text starts. */
export function placementCss(placement: Placement): string {
  return placement.corner || placement.indent <= 0 ? '' : `\n:host{margin-inline-start:${placement.indent}px !important;}`;
}
