import type { PageReport } from '../report';
import { findHeadline, isEligible, type RenderedCheck } from './find-headline';

/** Where the badge goes: in the page's flow right after `anchor`, or (`corner`) fixed in a corner of the screen. */
export interface Placement {
  anchor: Element;
  append: 'after' | 'last';
  corner: boolean;
}

const BYLINE = '[rel="author"], [itemprop="author"], .byline, [class*="byline"]';

/**
 * Where the reader looks: right after the page's archived notice, else right after the article's
 * headline, else after its byline; a fixed corner only when none is found. Inline placement pushes text
 * down rather than covering it, and the badge shares the anchor's column. Only reads the document.
 */
export function choosePlacement(doc: Document, report: PageReport, isRendered: RenderedCheck = () => true): Placement {
  const notice = report.notice ? noticeElement(doc, report.notice.selector) : null;
  const anchor = (notice && isRendered(notice) ? notice : null)
    ?? findHeadline(doc, isRendered)
    ?? firstByline(doc, isRendered);
  if (anchor && doc.body?.contains(anchor) && anchor !== doc.body) return { anchor, append: 'after', corner: false };
  return { anchor: doc.body ?? doc.documentElement, append: 'last', corner: true };
}

/** The notice's own element, or the nearest ancestor a badge can follow (never a link or a control). */
function noticeElement(doc: Document, selector: string): Element | null {
  let found: Element | null;
  try {
    found = doc.querySelector(selector);
  } catch {
    return null;
  }
  if (!found || !doc.body?.contains(found)) return null;
  // A notice inside a link ("This story is from 2019" as a teaser) is not where the badge can go.
  return isEligible(found) || found.closest('a, button') === null ? found : null;
}

function firstByline(doc: Document, isRendered: RenderedCheck): Element | null {
  const body = doc.body;
  if (!body) return null;
  for (const byline of Array.from(body.querySelectorAll(BYLINE)).slice(0, 10)) {
    if (byline.closest('a, button, nav, footer, aside, [role="navigation"]')) continue;
    if (isRendered(byline) && byline.parentElement) return byline;
  }
  return null;
}
