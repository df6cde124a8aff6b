import { renderAgeBadge } from '../../components/age-badge';
import { choosePlacement, placementCss } from '../../utils/placement/choose-placement';
import { liveLayout } from '../../utils/placement/layout';
import type { PageReport } from '../../utils/report';
import type { Settings } from '../../utils/settings';
import { createBadgeHost, type BadgeHost } from './badge-host';
import type { Words } from '../../components/words/words';
import type { BadgeWordsAnswer } from '../../utils/messages/protocol';
import badgeCss from './style.css?inline';

/**
 * Mounts the badge for `report` with the words the background worked out for it (`said`: its text, which
 * is also the host's accessible name, and its chip's label); `words` serves the catalogue's fixed strings
 * and, when the reader opens it, the evidence box. It goes away when `signal` aborts. The page gets one element: a host with a closed shadow root and an
 * unpredictable tag (badge-host.ts).
 */
export function mountBadge(report: PageReport, said: BadgeWordsAnswer, words: Words, settings: Settings, onDismiss: () => void, signal: AbortSignal): BadgeHost | null {
  const text = said.badge;
  if (signal.aborted || !text) return null;
  // Read pass: where the badge goes (the article’s headline, its notice or byline), rendered in the first two screens.
  const placement = choosePlacement(document, report, liveLayout);
  const badge = createBadgeHost(badgeCss + placementCss(placement), signal);
  renderAgeBadge(badge.container, report, settings, { onDismiss }, words, { text, label: said.label, dismiss: said.dismiss, unsure: said.unsure });
  badge.label(text, placement.corner ? { 'data-placement': 'corner' } : {});
  // Read pass: where the content after the badge starts. Write pass: the mount. When that content
  // starts above the screen, the reader is inside it and the badge would push it down: once the browser
  // has laid the badge out on its own (a ResizeObserver runs after layout, before paint), one scroll
  // puts it back. Browsers' scroll anchoring often does this already (then the shift read is 0), but
  // not on pages that turn it off. No read right after the write, so no forced layout.
  const after = placement.corner || window.scrollY <= 0 ? null : renderedAfter(placement.anchor);
  const topBefore = after?.getBoundingClientRect().top ?? 0;
  if (placement.append === 'after') placement.anchor.parentElement?.insertBefore(badge.host, placement.anchor.nextElementSibling);
  else placement.anchor.append(badge.host);
  if (after && topBefore < 0) keepInPlace(after, topBefore, badge.host);
  return badge;
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
