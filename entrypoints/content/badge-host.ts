import type { BadgeDescription } from '../../utils/messages/protocol';

/**
 * The element that carries the badge in the page. Its tag is new in every session (`as-of-` and ten
 * random letters and digits), so no page can define that custom element first and block the mount; its
 * shadow root is closed, so no page script can read or rewrite what it says. The host carries the
 * badge's words as its accessible name, and puts them back if the page changes its attributes.
 */
export const BADGE_HOST_TAG = /^as-of-[a-z0-9]{10}$/;
/** Attribute rewrites put back per badge: a page that keeps fighting ends up with the badge as As Of made it, not with a busy loop. */
const MAX_REPAIRS = 50;

export interface BadgeHost {
  host: HTMLElement;
  /** Where the badge's own markup goes, inside the closed shadow root. */
  container: HTMLElement;
  /** Names the host for screen readers (role group) and pins its attributes. */
  label(words: string, extra?: Record<string, string>): void;
  describe(): BadgeDescription;
  remove(): void;
}

export function createBadgeHost(css: string, signal: AbortSignal): BadgeHost {
  const host = document.createElement(randomTag());
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${css}`;
  const container = document.createElement('div');
  // Keys typed on the badge's buttons are the badge's: the page's shortcuts never see them.
  for (const type of ['keydown', 'keyup', 'keypress']) container.addEventListener(type, (e) => e.stopPropagation(), { signal });
  shadow.append(style, container);

  let attributes: Record<string, string> = {};
  let repairs = 0;
  const pin = (): void => {
    for (const name of host.getAttributeNames()) if (!(name in attributes)) host.removeAttribute(name);
    for (const [name, value] of Object.entries(attributes)) if (host.getAttribute(name) !== value) host.setAttribute(name, value);
  };
  const guard = new MutationObserver(() => {
    if (repairs++ < MAX_REPAIRS) pin();
    guard.takeRecords();
  });
  guard.observe(host, { attributes: true });
  const remove = (): void => {
    guard.disconnect();
    host.remove();
  };
  signal.addEventListener('abort', remove, { once: true });
  return {
    host,
    container,
    label(words, extra = {}) {
      attributes = { role: 'group', 'aria-label': words, ...extra };
      pin();
      guard.takeRecords();
    },
    describe: () => ({
      tag: host.localName,
      text: container.querySelector('.as-of-badge')?.textContent ?? '',
      chipLabel: container.querySelector('.as-of-chip')?.getAttribute('aria-label') ?? '',
      dismissLabel: container.querySelector('.as-of-dismiss')?.getAttribute('aria-label') ?? '',
      hostLabel: host.getAttribute('aria-label') ?? '',
      lowMark: container.querySelector('.as-of-low') !== null,
      inBody: document.body?.contains(host) ?? false,
      chipBox: boxOf(container.querySelector('.as-of-chip')),
      evidenceBox: container.querySelector('.as-of-root[data-open="true"]') ? boxOf(container.querySelector('.as-of-evidence')) : null,
      evidenceText: container.querySelector('.as-of-root[data-open="true"] .as-of-evidence')?.textContent ?? '',
      focused: shadow.activeElement?.getAttribute('class') ?? null,
    }),
    remove,
  };
}

function boxOf(element: Element | null): BadgeDescription['chipBox'] {
  if (!element) return null;
  const { top, left, bottom, right } = element.getBoundingClientRect();
  return { top, left, bottom, right };
}

/**
 * Badge hosts left in the page by an earlier, now dead copy of As Of (also the `<as-of-badge>` of versions
 * before the random tag), or cloned by the page (no shadow root, but the name copied). Found by a native
 * selector on the attributes every host carries, so a page of 50,000 elements costs no script walk.
 */
export function removeStrayHosts(keep: Element | null): void {
  for (const el of Array.from(document.querySelectorAll('as-of-badge, [role="group"][aria-label]'))) {
    if (el !== keep && (el.localName === 'as-of-badge' || BADGE_HOST_TAG.test(el.localName))) el.remove();
  }
}

function randomTag(): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return `as-of-${Array.from(bytes, (b) => letters[b % letters.length]).join('')}`;
}
