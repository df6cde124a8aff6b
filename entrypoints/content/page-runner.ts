import { browser } from 'wxt/browser';
import { isAsOfMessage, type AsOfMessage } from '../../utils/messages/protocol';
import type { Settings } from '../../utils/settings';
import { askWords } from './ask-words';
import { removeStrayHosts } from './badge-host';
import type { PageFeature } from './features';
import { watchLocation } from './location-watch';
import { readTimings } from './measure';
import { PageSession } from './page-session';
import { readSettings, watchSettings } from './page-settings';
import { restartQueue } from './restart-queue';
import { meansStale, runtimeAlive } from './runtime';

/**
 * As Of's life in one page. Nothing the page sends decides whether it runs: there is no handshake on
 * `window`, and this copy stands down only when its own extension runtime is gone (an update, a reload,
 * an uninstall). Each analysis is a PageSession with its own AbortSignal; a new address, a body swap
 * that took the badge away, or new settings end it and start the next one through a coalescing queue.
 */
export function runAsOf(features: readonly PageFeature[]): void {
  const life = new AbortController();
  const { signal } = life;
  const standDown = (): void => life.abort();
  let settings: Settings | null = null;
  let session: { control: AbortController; page: PageSession } | null = null;
  let analysedUrl: string | null = null;
  let dismissedUrl: string | null = null;
  const words = askWords(signal, standDown);
  const analyse = async (): Promise<void> => {
    settings ??= await readSettings();
    if (signal.aborted) return;
    session?.control.abort();
    removeStrayHosts(null);
    analysedUrl = location.href;
    const control = new AbortController();
    const page = new PageSession(control.signal, settings, {
      ask: words.ask,
      dismissed: () => dismissedUrl === location.href,
      onDismiss: () => { dismissedUrl = location.href; },
    }, features);
    session = { control, page };
    await page.start();
  };
  const restart = restartQueue(() => analyse().catch((error: unknown) => {
    if (meansStale(error)) standDown();
  }), signal);

  const onMessage = (message: unknown): Promise<unknown> | undefined => {
    if (!isAsOfMessage(message) || signal.aborted) return undefined;
    return answer(message, session?.page ?? null);
  };
  browser.runtime.onMessage.addListener(onMessage);
  watchSettings(signal, (next) => {
    settings = next;
    restart();
  });
  // A page that swaps document.body takes the badge with the old body: analyse the new one, but only then.
  const bodyWatch = new MutationObserver((records) => {
    const bodyAdded = records.some((r) => Array.from(r.addedNodes).some((n) => n.nodeName === 'BODY' || n.nodeName === 'body'));
    // (With no badge, a new body may hold the article a single-page app has just rendered; silent sites stay silent.)
    if (bodyAdded && (!session || session.page.badgeDetached || (!session.page.hasBadge && !session.page.silent))) restart();
  });
  bodyWatch.observe(document.documentElement, { childList: true });
  watchLocation(signal, () => {
    if (!runtimeAlive()) standDown();
    else if (location.href !== analysedUrl) restart();
  });
  // Back/forward cache: the page comes back as it was, but the toolbar was cleared when the tab navigated away.
  window.addEventListener('pageshow', (event) => {
    const facts = words.last();
    if (event.persisted && facts !== undefined) void words.ask(facts, true);
  }, { signal });

  signal.addEventListener('abort', () => {
    session?.control.abort();
    bodyWatch.disconnect();
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The runtime is gone already: its listeners went with it.
    }
  }, { once: true });

  restart();
}

function answer(message: AsOfMessage, page: PageSession | null): Promise<unknown> | undefined {
  switch (message.type) {
    case 'as-of:get-report':
      return Promise.resolve(page?.answer() ?? { kind: 'reading' });
    case 'as-of:get-claims-source':
      return page ? page.claimsSource() : Promise.resolve(null);
    case 'as-of:show-claim':
      return Promise.resolve(page?.showClaim(message.id, message.locator) ?? false);
    case 'as-of:get-timings':
      return Promise.resolve(readTimings());
    case 'as-of:describe-badge':
      return Promise.resolve(page?.describeBadge() ?? null);
    default:
      return undefined;
  }
}
