import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isAsOfMessage } from '../../utils/messages/protocol';
import { loadSettings, settingsItem, withDefaults } from '../../utils/settings';
import { measured, readTimings } from './measure';
import { BADGE_TAG } from './mount-badge';
import { PageSession } from './page-session';

const TAKEOVER_EVENT = 'as-of:takeover';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // The badge's CSS is bundled into the script (mount-badge.ts): no fetch on the critical path,
  // and no web-accessible file that pages could probe for.
  cssInjectionMode: 'manual',
  async main(ctx) {
    // Injected twice (extension reload, a second injection)? The newest run owns the page: it tells
    // older runs to stand down with a DOM event (no attribute left on the page) and removes stale badges.
    let ownsPage = true;
    let session: PageSession | undefined;
    window.dispatchEvent(new CustomEvent(TAKEOVER_EVENT));
    ctx.addEventListener(window, TAKEOVER_EVENT, () => {
      ownsPage = false;
      session?.dispose();
    });

    const restart = async (): Promise<void> => {
      session?.dispose();
      const settings = await loadSettings();
      // Another restart may have begun meanwhile: the last one to get here wins.
      session?.dispose();
      // Copies of the host a page made (cloned without their shadow root) are stale too.
      for (const stale of Array.from(document.querySelectorAll(BADGE_TAG))) stale.remove();
      const next = new PageSession(ctx, settings);
      session = next;
      if (ownsPage) await next.start();
    };

    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isAsOfMessage(message) || !ownsPage || !session) return undefined;
      switch (message.type) {
        case 'as-of:get-report':
          return Promise.resolve(session.report);
        case 'as-of:get-claims-source': {
          const current = session;
          return Promise.resolve(measured('as-of:claims-source', () => current.claimsSource()));
        }
        case 'as-of:show-claim':
          return Promise.resolve(session.showClaim(message.id, message.locator));
        case 'as-of:get-timings':
          return Promise.resolve(readTimings());
        default:
          return undefined;
      }
    });
    // Single-page sites change the URL without a new document: analyse afresh.
    ctx.addEventListener(window, 'wxt:locationchange', () => void restart());
    const unwatch = settingsItem().watch((next) => void session?.applySettings(withDefaults(next)));
    // A page that swaps document.body takes the badge with the old body: analyse the new one.
    const bodyWatch = new MutationObserver((records) => {
      if (records.some((r) => Array.from(r.addedNodes).some((n) => n.nodeName === 'BODY'))) void restart();
    });
    bodyWatch.observe(document.documentElement, { childList: true });
    ctx.onInvalidated(() => {
      unwatch();
      bodyWatch.disconnect();
      session?.dispose();
    });

    await restart();
  },
});
