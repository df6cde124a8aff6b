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
  /** The anchor's flex `order` in a column that reorders its children: the badge takes the same, so it still follows. */
  order: number;
  /** In a grid, the anchor's columns: the badge takes them, and the grid puts it in the row below. */
  gridColumn: string | null;
}

const BYLINE = '[rel="author"], [itemprop="author"], .byline, [class*="byline"]';
/** Parents that stack their children top to bottom: a block, a flex column (its `order` is copied), a grid (its columns are). */
const BLOCK_FLOW = /^(block|flow-root|list-item)$/;
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
  if (anchor) {
    const inGrid = anchor.parentElement !== null && /grid$/.test(layout.display(anchor.parentElement));
    // Only plain line numbers, names, spans and "auto" go into the badge's CSS.
    const grid = inGrid ? (/^[\w\s/-]{1,60}$/.test(layout.gridColumn(anchor)) ? layout.gridColumn(anchor) : 'auto / auto') : null;
    return { anchor, append: 'after', corner: false, indent: layout.indent(anchor), order: layout.order(anchor), gridColumn: grid };
  }
  return { anchor: doc.body ?? doc.documentElement, append: 'last', corner: true, indent: 0, order: 0, gridColumn: null };
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
    const flows = parent === body || (stacks(parent, layout) && !/^inline/.test(layout.display(el)));
    if (flows) return el.closest('a, button') ? null : el;
    el = parent;
  }
  return null;
}

function stacks(parent: Element, layout: PlacementLayout): boolean {
  const display = layout.display(parent);
  return BLOCK_FLOW.test(display) || /grid$/.test(display) || (/flex$/.test(display) && layout.flexDirection(parent) === 'column');
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
  if (placement.corner) return '';
  const rules = [
    placement.indent > 0 ? `margin-inline-start:${placement.indent}px !important;` : '',
    placement.order !== 0 ? `order:${placement.order} !important;` : '',
    placement.gridColumn ? `grid-column:${placement.gridColumn === 'auto / auto' ? '1 / -1' : placement.gridColumn} !important;` : '',
  ].join('');
  return rules ? `\n:host{${rules}}` : '';
}
