import type { BrowserContext, Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../lib/browsers';
import { badgeHostCount } from '../lib/page-badge';
import { askReport } from './ask-report';
import { popupClaimsMs } from './popup-claims';
import type { InPageTimes } from './in-page';
import { startTrace, stopTrace, type TraceFindings } from './trace';
import { installProbe, overlapping, readCosts, readTimeline, type Interval, type PageCosts } from './page-probe';

/** The content script's steps as the issue splits them, and the measure each is read from. */
export const STEPS = {
  decide: 'as-of:article',
  stamps: 'as-of:stamps',
  /** The report's facts sent to the background, which words the badge and paints the toolbar (no Intl in the page): a task of its own between stamps and badge. */
  words: 'as-of:words',
  badge: 'as-of:badge',
  /** In the page: handing the article's HTML to the popup, after the size and depth check (its own task). */
  check: 'as-of:claims-check',
  source: 'as-of:claims-source',
  /** In the popup, not the page: read from the popup's own measure (popup-claims.ts). */
  claims: 'as-of:claims',
} as const;
export type Step = keyof typeof STEPS;

export interface Visit {
  kind: string;
  url: string;
  isArticle: boolean | null;
  /** Main-thread ms per step that ran. */
  steps: Partial<Record<Step, number>>;
  /** Where the step times came from: the content script's marks, or the report's `timings` when it has none. */
  source: 'marks' | 'report' | 'none';
  longTasks: Interval[];
  /** Long tasks overlapping the content script's measures. */
  extensionLongTasks: Interval[];
  costs: PageCosts;
  /** What the visit's DevTools trace shows; null when the content script left no marks. */
  trace: TraceFindings | null;
  /** Our stamp step and Readability's, timed side by side in this page (corpus pages only). */
  inPage?: InPageTimes;
}

const LOAD_TIMEOUT_MS = 30_000;
const FIRST_MARK_MS = 3_000;
const SETTLE_MS = 150;
const SETTLE_MAX_MS = 3_000;
const POLL_MS = 25;

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

async function open(page: Page, url: string): Promise<void> {
  await installProbe(page, new URL(url).origin);
  await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
}

/** Polls the page's as-of measures until `done` holds or time runs out; returns the last names seen. */
async function waitForMeasures(page: Page, maxMs: number, done: (names: string[], stableFor: number) => boolean): Promise<string[]> {
  const start = Date.now();
  let names: string[] = [];
  let changedAt = start;
  while (Date.now() - start < maxMs) {
    const now = Object.keys((await readTimeline(page)).measures).sort();
    if (now.join() !== names.join()) changedAt = Date.now();
    names = now;
    if (done(names, Date.now() - changedAt)) break;
    await sleep(POLL_MS);
  }
  return names;
}

/** One page with the extension: waits for its first look, asks for the report as the popup would, lets it settle. */
export async function visitWithExtension(
  run: ExtensionBrowser, kind: string, url: string, timePeersInPage?: (page: Page) => Promise<InPageTimes>,
): Promise<Visit> {
  const page = await run.browser.newPage();
  try {
    await installProbe(page, new URL(url).origin);
    await startTrace(page);
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    const marked = (await waitForMeasures(page, FIRST_MARK_MS, (names) => names.includes(STEPS.decide))).length > 0;
    const report = await askReport(run.browser, run.extensionOrigin, url, marked ? 1_500 : 5_000);
    await waitForMeasures(page, SETTLE_MAX_MS, (_names, stableFor) => stableFor >= SETTLE_MS);
    // The trace ends before the popup opens: a DevTools trace records every process of the browser, and with
    // its stack capture it slowed the popup's claims step by about a third (`npm run bench:claims -- --popup`,
    // 38.9 ms median without a trace running, 51.5 ms with the page traced). A reader has no tracer attached.
    // The page's hand-over is still timed by its own marks, and its long tasks by the page's observer.
    const trace = await stopTrace(page, run.extensionOrigin);
    // Claims run in the popup: open it as a reader would, which makes the page hand over its article.
    const claimsMs = report?.isArticle ? await popupClaimsMs(run, url) : null;
    if (claimsMs !== null) await waitForMeasures(page, SETTLE_MAX_MS, (names, stableFor) => (names.includes(STEPS.check) || names.includes(STEPS.source)) && stableFor >= SETTLE_MS);
    const timeline = await readTimeline(page);
    const steps: Partial<Record<Step, number>> = {};
    for (const [step, name] of Object.entries(STEPS) as [Step, string][]) {
      const measure = timeline.measures[name];
      if (measure) steps[step] = measure.duration;
    }
    if (claimsMs !== null) steps.claims = claimsMs;
    let source: Visit['source'] = Object.keys(steps).length > 0 ? 'marks' : 'none';
    if (source === 'none' && report) {
      const t = report.timings;
      steps.decide = t.article ?? 0;
      if (report.isArticle) {
        steps.stamps = (t.stamps ?? 0) + (t.notice ?? 0);
        if ((t.claims ?? 0) > 0) steps.claims = t.claims;
      }
      source = 'report';
    }
    const extensionLongTasks = overlapping(timeline.longTasks, Object.values(timeline.measures));
    const costs = await readCosts(page);
    const inPage = timePeersInPage ? await timePeersInPage(page) : undefined;
    return { kind, url, isArticle: report?.isArticle ?? null, steps, source, longTasks: timeline.longTasks, extensionLongTasks, costs, trace, inPage };
  } finally {
    await page.close();
  }
}

export interface PlainVisit {
  longTasks: Interval[];
  costs: PageCosts;
}

/** The same page where the extension does not run (a separate browser context): the baseline. */
export async function visitPlain(context: BrowserContext, url: string): Promise<PlainVisit> {
  const page = await context.newPage();
  try {
    await open(page, url);
    await sleep(SETTLE_MS);
    const { longTasks, measures } = await readTimeline(page);
    const badge = (await badgeHostCount(page)) > 0;
    if (Object.keys(measures).length > 0 || badge) throw new Error(`As Of ran in the baseline context on ${url}: the heap delta would be meaningless`);
    return { longTasks, costs: await readCosts(page) };
  } finally {
    await page.close();
  }
}
