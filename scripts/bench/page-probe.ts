import type { HTTPRequest, Page } from 'puppeteer-core';

/**
 * What the benchmark installs in every page before the page's own code runs: a long-task observer
 * whose entries a later `page.evaluate` reads. Runs in the main world; content scripts share the
 * document's performance timeline in Chromium, so their marks are read from here too.
 */
export const LONG_TASK_STORE = '__asOfBenchLongTasks';

export interface Interval {
  start: number;
  duration: number;
}

export async function installProbe(page: Page, allowedOrigin: string): Promise<void> {
  await page.evaluateOnNewDocument((store: string) => {
    const tasks: { start: number; duration: number }[] = [];
    Object.defineProperty(window, store, { value: tasks });
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No long-task API: the table shows the count as unknown rather than zero.
    }
  }, LONG_TASK_STORE);
  await onlyLocal(page, allowedOrigin);
}

/** Only the local server answers: a saved page's trackers and CDNs fail at once instead of timing out. */
export async function onlyLocal(page: Page, allowedOrigin: string): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = request.url();
    if (url.startsWith(allowedOrigin) || url.startsWith('data:') || url.startsWith('chrome-extension:')) void request.continue();
    // A page script sending the tab elsewhere gets 204 No Content, which keeps the saved page in place.
    else if (request.isNavigationRequest() && request.frame() === page.mainFrame()) void request.respond({ status: 204 });
    else void request.abort('blockedbyclient');
  });
}

export interface PageTimeline {
  /** The content script's own measures (`as-of:*`), by name; durations in ms. */
  measures: Record<string, Interval>;
  longTasks: Interval[];
}

export function readTimeline(page: Page): Promise<PageTimeline> {
  return page.evaluate((store: string) => {
    const measures: Record<string, { start: number; duration: number }> = {};
    for (const entry of performance.getEntriesByType('measure')) {
      if (entry.name.startsWith('as-of:')) measures[entry.name] = { start: entry.startTime, duration: entry.duration };
    }
    const longTasks = (window as unknown as Record<string, { start: number; duration: number }[] | undefined>)[store] ?? [];
    return { measures, longTasks: [...longTasks] };
  }, LONG_TASK_STORE);
}

/** Long tasks that overlap one of the content script's measures: the coarse attribution Chromium allows. */
export function overlapping(tasks: readonly Interval[], measures: readonly Interval[]): Interval[] {
  return tasks.filter((task) => measures.some((m) => task.start < m.start + m.duration && m.start < task.start + task.duration));
}

export interface PageCosts {
  /** JS heap of the page's isolate after a full GC (main world and content-script worlds together). */
  heapUsed: number;
  /** Layouts and style recalculations since the page opened. */
  layouts: number;
  styleRecalcs: number;
}

export async function readCosts(page: Page): Promise<PageCosts> {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const metrics = await page.metrics();
    return { heapUsed: usedSize, layouts: metrics.LayoutCount ?? 0, styleRecalcs: metrics.RecalcStyleCount ?? 0 };
  } finally {
    await cdp.detach();
  }
}
