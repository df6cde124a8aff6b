import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { renderAgeBadge } from '../../components/age-badge';
import type { PageReport } from '../../utils/report';
import type { Settings } from '../../utils/settings';
import badgeCss from './style.css?inline';

export const BADGE_TAG = 'as-of-badge';
const HEADLINE = 'article h1, main h1, h1';
const BYLINE = '[rel="author"], [itemprop="author"], .byline, [class*="byline"]';

interface Placement {
  anchor: Element;
  append: 'after' | 'last';
  corner: boolean;
}

/**
 * Where the reader looks: after the archived notice, else after the headline or byline; a fixed
 * corner only when none is found. Inline placement pushes text down rather than covering it.
 * Only queries here (the read pass); the mount below is the single write pass.
 */
export function choosePlacement(doc: Document, report: PageReport): Placement {
  const notice = report.notice ? safeQuery(doc, report.notice.selector) : null;
  const anchor = notice ?? doc.querySelector(HEADLINE) ?? doc.querySelector(BYLINE);
  if (anchor && anchor !== doc.body && anchor.parentElement) return { anchor, append: 'after', corner: false };
  return { anchor: doc.body, append: 'last', corner: true };
}

export async function mountBadge(
  ctx: ContentScriptContext,
  report: PageReport,
  settings: Settings,
  onDismiss: () => void,
): Promise<ShadowRootContentScriptUi<HTMLElement | null>> {
  const placement = choosePlacement(document, report);
  const ui = await createShadowRootUi(ctx, {
    name: BADGE_TAG,
    mode: 'open',
    position: 'inline',
    anchor: placement.anchor,
    append: placement.append,
    isolateEvents: true,
    css: badgeCss,
    onMount: (container, _shadow, host) => {
      if (placement.corner) host.setAttribute('data-placement', 'corner');
      return renderAgeBadge(container, report, settings, { onDismiss });
    },
  });
  // Read pass: where the reader is. Write pass: the mount. Then one correction, so a badge that
  // lands above the screen never moves the text the reader is on (where scroll anchoring did not).
  const reference = placement.corner ? null : elementOnScreen();
  const topBefore = reference?.getBoundingClientRect().top ?? 0;
  ui.mount();
  if (reference) {
    const shift = reference.getBoundingClientRect().top - topBefore;
    if (Math.abs(shift) >= 1) window.scrollBy({ top: shift, behavior: 'instant' });
  }
  return ui;
}

/** The element at the top of the viewport, if the page is scrolled past its start. */
function elementOnScreen(): Element | null {
  if (window.scrollY <= 0) return null;
  return document.elementFromPoint(window.innerWidth / 2, 1);
}

function safeQuery(doc: Document, selector: string): Element | null {
  try {
    return doc.querySelector(selector);
  } catch {
    return null;
  }
}
