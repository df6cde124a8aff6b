import type { Browser, WebWorker } from 'puppeteer-core';

/** The part of a PageReport the benchmark reads. */
export interface ReportSummary {
  isArticle: boolean;
  timings: Record<string, number>;
}

/** The few chrome.tabs calls made inside the extension's service worker. */
interface TabsApi {
  tabs: {
    query(filter: { url?: string; active?: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}

const RETRY_MS = 100;

export async function serviceWorker(browser: Browser, origin: string, timeoutMs: number): Promise<WebWorker | null> {
  const isOurs = (t: { type(): string; url(): string }): boolean => t.type() === 'service_worker' && t.url().startsWith(origin);
  const target = browser.targets().find(isOurs) ?? await browser.waitForTarget(isOurs, { timeout: timeoutMs }).catch(() => null);
  return target ? target.worker() : null;
}

/**
 * Asks the content script of the tab at `url` for its report, as the popup does (which also makes it
 * compute claims if it left them for later). Goes through the extension's service worker, the one
 * place with `chrome.tabs`. Retries while the content script has not started listening yet.
 */
export async function askReport(browser: Browser, origin: string, url: string, timeoutMs = 5_000): Promise<ReportSummary | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const worker = await serviceWorker(browser, origin, Math.max(1, deadline - Date.now()));
    if (!worker) return null;
    const answer = await worker.evaluate(async (pageUrl: string) => {
      const api = (globalThis as unknown as { chrome: TabsApi }).chrome;
      const [tab] = await api.tabs.query({ url: pageUrl.replace(/#.*$/, '') });
      const [active] = tab ? [tab] : await api.tabs.query({ active: true });
      if (active?.id === undefined) return { error: 'no tab' };
      try {
        return { report: await api.tabs.sendMessage(active.id, { type: 'as-of:get-report' }) };
      } catch (error) {
        return { error: String(error) };
      }
    }, url).catch((error: unknown) => ({ error: String(error) }));
    if ('report' in answer && (answer.report as { kind?: unknown } | null)?.kind !== 'reading') return summarize(answer.report);
    await new Promise((done) => setTimeout(done, RETRY_MS));
  }
  return null;
}

/** The content script answers a ReportAnswer (utils/messages/protocol.ts); only `kind: 'report'` holds a report. */
function summarize(answer: unknown): ReportSummary | null {
  if (typeof answer !== 'object' || answer === null || (answer as { kind?: unknown }).kind !== 'report') return null;
  const report = (answer as { report?: unknown }).report;
  if (typeof report !== 'object' || report === null) return null;
  const { article, timings } = report as { article?: { isArticle?: unknown }; timings?: Record<string, number> };
  return { isArticle: article?.isArticle === true, timings: timings ?? {} };
}
