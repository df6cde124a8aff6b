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
  // Read pass: where the content after the badge starts. Write pass: the mount. When that content
  // starts above the screen, the reader is inside it and the badge would push it down: once the browser
  // has laid the badge out on its own (a ResizeObserver runs after layout, before paint), one scroll
  // puts it back. Browsers' scroll anchoring often does this already (then the shift read is 0), but
  // not on pages that turn it off. No read right after the write, so no forced layout.
  const after = placement.corner || window.scrollY <= 0 ? null : renderedAfter(placement.anchor);
  const topBefore = after?.getBoundingClientRect().top ?? 0;
  ui.mount();
  if (after && topBefore < 0) keepInPlace(after, topBefore, ui.shadowHost);
  return ui;
}

function keepInPlace(after: Element, topBefore: number, badge: Element): void {
  const observer = new ResizeObserver(() => {
    observer.disconnect();
    const shift = after.getBoundingClientRect().top - topBefore;
    if (Math.abs(shift) >= 1) window.scrollBy({ top: shift, behavior: 'instant' });
  });
  observer.observe(badge);
}

/** The first rendered element after `anchor` in the page's flow: what the badge will push down. */
function renderedAfter(anchor: Element): Element | null {
  for (let el: Element | null = anchor; el && el !== document.body; el = el.parentElement) {
    let next = el.nextElementSibling;
    for (let i = 0; next && i < MAX_SIBLINGS; i += 1, next = next.nextElementSibling) {
      if (next.getClientRects().length > 0) return next;
    }
  }
  return null;
}

/** Hidden siblings skipped before looking further up: a byline is followed by the story, not by hundreds of hidden nodes. */
const MAX_SIBLINGS = 20;

function safeQuery(doc: Document, selector: string): Element | null {
  try {
    return doc.querySelector(selector);
  } catch {
    return null;
  }
}
