import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isAsOfMessage } from '../../utils/messages/protocol';
import { loadSettings, settingsItem, withDefaults } from '../../utils/settings';
import { readTimings } from './measure';
import { BADGE_TAG } from './mount-badge';
import { PageSession } from './page-session';
import './style.css';

const RUN_ATTRIBUTE = 'data-as-of-run';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    // Injected twice (extension reload, a second injection)? The newest run owns the page:
    // it removes the stale badges, and an older run that sees another id stops.
    const runId = crypto.randomUUID();
    document.documentElement.setAttribute(RUN_ATTRIBUTE, runId);
    for (const stale of Array.from(document.querySelectorAll(BADGE_TAG))) stale.remove();
    const ownsPage = (): boolean => document.documentElement.getAttribute(RUN_ATTRIBUTE) === runId;

    let session = new PageSession(ctx, await loadSettings());
    const restart = async (): Promise<void> => {
      session.dispose();
      session = new PageSession(ctx, await loadSettings());
      if (ownsPage()) await session.start();
    };

    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isAsOfMessage(message) || !ownsPage()) return undefined;
      switch (message.type) {
        case 'as-of:get-report':
          return Promise.resolve(session.report);
        case 'as-of:get-claims':
          return session.getClaims();
        case 'as-of:show-claim':
          return session.showClaim(message.id);
        case 'as-of:get-timings':
          return Promise.resolve(readTimings());
        default:
          return undefined;
      }
    });
    // Single-page sites change the URL without a new document: analyse afresh.
    ctx.addEventListener(window, 'wxt:locationchange', () => void restart());
    const unwatch = settingsItem().watch((next) => void session.applySettings(withDefaults(next)));
    ctx.onInvalidated(() => {
      unwatch();
      session.dispose();
    });

    if (ownsPage()) await session.start();
  },
});
