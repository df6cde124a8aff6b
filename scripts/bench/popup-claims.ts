import type { ExtensionBrowser } from '../lib/browsers';
import { serviceWorker } from './ask-report';

const WAIT_MS = 15_000;
const POLL_MS = 50;

interface TabsQuery {
  tabs: { query(filter: { url?: string; active?: boolean }): Promise<{ id?: number }[]> };
}

/**
 * The claims step where it now runs: opens popup.html?tab=<id> for the tab at `url` (as the UI tests
 * do), which asks the page for its article HTML and runs the claims engine itself, and reads the
 * popup's own `as-of:claims` measure. Null when the popup did not compute claims in time.
 */
export async function popupClaimsMs(run: ExtensionBrowser, url: string): Promise<number | null> {
  const worker = await serviceWorker(run.browser, run.extensionOrigin, WAIT_MS);
  if (!worker) return null;
  const tabId = await worker.evaluate(async (pageUrl: string) => {
    // Without the tabs permission a URL query may find nothing: the page just opened is the active tab.
    const { tabs } = (globalThis as unknown as { chrome: TabsQuery }).chrome;
    const [tab] = await tabs.query({ url: pageUrl.replace(/#.*$/, '') });
    const [active] = tab ? [tab] : await tabs.query({ active: true });
    return active?.id ?? null;
  }, url).catch(() => null);
  if (tabId === null) return null;
  const popup = await run.openExtensionPage(`popup.html?tab=${tabId}`);
  try {
    const deadline = Date.now() + WAIT_MS;
    while (Date.now() < deadline) {
      const ms = await popup.evaluate("performance.getEntriesByName('as-of:claims', 'measure').at(-1)?.duration ?? null") as number | null;
      if (ms !== null) return ms;
      await new Promise((done) => setTimeout(done, POLL_MS));
    }
    return null;
  } finally {
    await popup.close();
  }
}
