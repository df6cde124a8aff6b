import { linkAgeMarkTag } from '../../components/link-age-mark';
import { markLink } from '../../components/link-marker';
import { browserWords } from '../../components/words/browser-words';
import type { Words } from '../../components/words/words';
import type { LinkDateOptions } from '../../utils/links/find-link-dates';
import { linkHintsOn } from '../../utils/links/hint-policy';
import type { Settings } from '../../utils/settings';
import type { PageFeature } from './features';

/** Main-thread time one slice may take; the rest waits for the next idle period. */
const SLICE_MS = 4;
/** Idle callbacks come at the latest this long after they are asked for, on a busy page too. */
const IDLE_TIMEOUT_MS = 300;

/**
 * Link ages on search engines, aggregators and social sites: a small mark after each outbound link
 * whose address dates it older than the reader's threshold. Nothing on the critical path: it starts at
 * idle after the badge, works in time-boxed slices, follows links the page adds (infinite scroll) or
 * re-points, and never fetches a link or touches one (the mark is the link's next sibling). When
 * `signal` aborts, every mark goes and the observer stops.
 */
export function startLinkHints(signal: AbortSignal, settings: Settings, words: Words): void {
  if (signal.aborted || !linkHintsOn(location.hostname, settings) || !document.body) return;
  const tag = linkAgeMarkTag();
  const marks = new Map<HTMLAnchorElement, HTMLElement>();
  const seen = new WeakMap<HTMLAnchorElement, string>();
  const roots: Node[] = [document.body];
  let anchors: HTMLAnchorElement[] = [];
  let sweep = false;
  let cancel: (() => void) | null = null;

  const mark = (a: HTMLAnchorElement, at: LinkDateOptions): void => {
    const href = a.href;
    if (typeof href !== 'string' || seen.get(a) === href || !a.isConnected) return;
    seen.set(a, href);
    marks.get(a)?.remove();
    marks.delete(a);
    const host = markLink(a, href, at, tag, settings, words);
    if (host) marks.set(a, host);
  };

  const slice = (): void => {
    cancel = null;
    const started = performance.now();
    // The page's address and the time, read once for the links of this slice.
    const at: LinkDateOptions = { url: location.href, now: new Date() };
    if (sweep) {
      sweep = false;
      // Links the page removed lose their mark; links it moved get a new one where they are now.
      for (const [a, host] of marks) {
        if (a.isConnected && host.previousSibling === a) continue;
        host.remove();
        marks.delete(a);
        seen.delete(a);
        if (a.isConnected) anchors.push(a);
      }
    }
    while (performance.now() - started < SLICE_MS && !signal.aborted) {
      const next = anchors.pop();
      if (next) { mark(next, at); continue; }
      const root = roots.shift();
      if (!root) break;
      anchors = anchorsIn(root).reverse();
    }
    if (anchors.length || roots.length) schedule();
  };

  const schedule = (): void => {
    if (cancel || signal.aborted) return;
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(slice, { timeout: IDLE_TIMEOUT_MS });
      cancel = () => cancelIdleCallback(id);
    } else {
      const id = setTimeout(slice, 16);
      cancel = () => clearTimeout(id);
    }
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') anchors.push(record.target as HTMLAnchorElement);
      for (const node of Array.from(record.addedNodes)) if (node.nodeType === Node.ELEMENT_NODE && (node as Element).localName !== tag) roots.push(node);
      if (record.removedNodes.length) sweep = true;
    }
    schedule();
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });

  signal.addEventListener('abort', () => {
    observer.disconnect();
    cancel?.();
    for (const host of marks.values()) host.remove();
    marks.clear();
    anchors = [];
    roots.length = 0;
  }, { once: true });
  schedule();
}

/** The page feature (features.ts): link ages in the reader's language, for one page session. */
export const linkHints: PageFeature = (signal, { settings }) => startLinkHints(signal, settings, browserWords());

/** The links in (or at) a node the page added, in document order. */
function anchorsIn(root: Node): HTMLAnchorElement[] {
  if (!(root instanceof Element)) return [];
  const found = Array.from(root.getElementsByTagName('a')).filter((a): a is HTMLAnchorElement => a instanceof HTMLAnchorElement);
  return root instanceof HTMLAnchorElement ? [root, ...found] : found;
}
