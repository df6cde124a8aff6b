import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../../lib/browsers';
import { askReport, serviceWorker } from '../ask-report';
import { installProbe } from '../page-probe';
import { readTrace, TRACE_CATEGORIES, type TraceTotals } from './popup-trace';

const WAIT_MS = 15_000;
const POLL_MS = 25;

/** One popup opening: ms per measure (`claims`, its parts, `model`), the claims step's start and end since the popup opened, and the trace's totals. */
export interface PopupVisit {
  ms: Record<string, number>;
  trace: TraceTotals | null;
}

interface TabsQuery {
  tabs: { query(filter: { url?: string; active?: boolean }): Promise<{ id?: number }[]> };
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** The tab showing `url`, asked of the extension's service worker (the one place with chrome.tabs). */
async function tabIdOf(run: ExtensionBrowser, url: string): Promise<number | null> {
  const worker = await serviceWorker(run.browser, run.extensionOrigin, WAIT_MS);
  return worker ? worker.evaluate(async (pageUrl: string) => {
    const { tabs } = (globalThis as unknown as { chrome: TabsQuery }).chrome;
    // Without the tabs permission a URL query may find nothing: the page just opened is the active tab.
    const [tab] = await tabs.query({ url: pageUrl.replace(/#.*$/, '') });
    const [active] = tab ? [tab] : await tabs.query({ active: true });
    return active?.id ?? null;
  }, url).catch(() => null) : null;
}

/** The popup's as-of:claims measures (`claims`, `claims:tag`, …) and where the step started and ended, once it has run. */
async function readMeasures(popup: Page): Promise<Record<string, number> | null> {
  for (const deadline = Date.now() + WAIT_MS; Date.now() < deadline; await sleep(POLL_MS)) {
    const found = await popup.evaluate(() => {
      const step = performance.getEntriesByName('as-of:claims', 'measure').at(-1);
      if (!step) return null;
      const ms: Record<string, number> = { claims: step.duration, 'claims starts at': step.startTime, 'claims end at': step.startTime + step.duration };
      for (const m of performance.getEntriesByType('measure')) if (m.name.startsWith('as-of:claims:')) ms[m.name.slice('as-of:'.length)] = m.duration;
      for (const m of performance.getEntriesByType('mark')) if (/^as-of:claims:[a-z ]+$/.test(m.name) && !/:(?:start|end)$/.test(m.name)) ms[`${m.name.slice('as-of:claims:'.length)} at`] = m.startTime;
      return ms;
    });
    if (found) return found;
  }
  return null;
}

/**
 * Opens the corpus page at `url` in a fresh tab (outside requests blocked), waits for the content
 * script's report, then opens popup.html?tab=<id>&parts as the UI tests do, and reads the popup's own
 * measures. With `trace`, the popup's DevTools trace gives GC and compile time inside the step.
 */
export async function visitPopup(run: ExtensionBrowser, url: string, trace: boolean, parts = true): Promise<PopupVisit | null> {
  const page = await run.browser.newPage();
  let popup: Page | null = null;
  try {
    await installProbe(page, new URL(url).origin);
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const report = await askReport(run.browser, run.extensionOrigin, url);
    const tabId = report?.isArticle ? await tabIdOf(run, url) : null;
    if (tabId === null) return null;
    await sleep(200); // the page's own late tasks settle, as a reader's click comes a moment after the load
    popup = await run.browser.newPage();
    if (trace) await popup.tracing.start({ categories: TRACE_CATEGORIES });
    await popup.goto(run.extensionUrl(`popup.html?tab=${tabId}${parts ? '&parts' : ''}`), { waitUntil: 'load' });
    const ms = await readMeasures(popup);
    const totals = trace ? readTrace(await popup.tracing.stop()) : null;
    return ms ? { ms, trace: totals } : null;
  } finally {
    await popup?.close().catch(() => undefined);
    await page.close().catch(() => undefined);
  }
}
