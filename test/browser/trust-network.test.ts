import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HTTPRequest, Page, Target } from 'puppeteer-core';
import { BROWSER_NAMES, extensionBuildDir, launchBrowser, type ExtensionBrowser } from '../../scripts/lib/browsers';
import { waitForBadgeText } from '../../scripts/lib/page-badge';
import { corpusDir } from '../../scripts/bench/corpus';
import { serveTrustSite, type TrustSite } from './helpers/trust-site';

const SAMPLE_SIZE = 6;

/** Every SAMPLE_SIZE-th page by name: a fixed, spread-out sample of the corpus. */
function samplePages(): { path: string; html: string }[] {
  // corpusDir() throws with the path it tried when shared/ is not beside the clone.
  const pagesDir = join(corpusDir(), 'pages');
  const names = readdirSync(pagesDir).filter((n) => n.endsWith('.html')).sort();
  const step = Math.max(1, Math.floor(names.length / SAMPLE_SIZE));
  return names.filter((_, i) => i % step === 0).slice(0, SAMPLE_SIZE)
    .map((name) => ({ path: `/${name}`, html: readFileSync(join(pagesDir, name), 'utf8') }));
}

interface Seen {
  url: string;
  page: string;
  /** Chromium tells who started a request; a script URL in the extension's origin means the extension did. */
  byExtension: boolean;
}

/** The host or path of a request appears in the page's own HTML: the page asked for it, not As Of. */
function explainedByPage(url: string, html: string): boolean {
  const parsed = new URL(url);
  const lastSegment = parsed.pathname.split('/').filter(Boolean).pop();
  return html.includes(parsed.host) || (lastSegment !== undefined && html.includes(lastSegment)) || parsed.pathname === '/favicon.ico';
}

function initiatedByExtension(request: HTTPRequest, extensionOrigin: string): boolean {
  const initiator = request.initiator();
  if (!initiator) return false;
  const frames = initiator.stack?.callFrames ?? [];
  return (initiator.url ?? '').startsWith(extensionOrigin) || frames.some((f) => f.url.startsWith(extensionOrigin));
}

describe.each(BROWSER_NAMES)('%s: As Of makes no network request of its own', (name) => {
  const pages = samplePages();
  let site: TrustSite;
  let run: ExtensionBrowser;
  const external: Seen[] = [];
  const fromBackground: string[] = [];
  const internal: string[] = [];
  let badges = 0;
  let workersWatched = (): number => 0;

  beforeAll(async () => {
    site = await serveTrustSite(Object.fromEntries(pages.map((p) => [p.path, { body: p.html }])));
    run = await launchBrowser(name, { extensionPath: extensionBuildDir(name) });
    if (name === 'chromium') {
      // The service worker's own network, watched over CDP; a worker woken again later is a new target, watched too.
      const isWorker = (t: Target): boolean => t.type() === 'service_worker' && t.url().startsWith(run.extensionOrigin);
      const watched = new Set<Target>();
      const watch = async (t: Target): Promise<void> => {
        if (watched.has(t)) return;
        watched.add(t);
        const session = await t.createCDPSession();
        session.on('Network.requestWillBeSent', (event: { request: { url: string } }) => {
          if (!/^(chrome|moz)-extension:/.test(event.request.url)) fromBackground.push(event.request.url);
        });
        await session.send('Network.enable');
      };
      await watch(await run.browser.waitForTarget(isWorker, { timeout: 10_000 }));
      // A worker that went to sleep and woke again is a new target: watched too (best effort, it may be gone).
      run.browser.on('targetcreated', (t: Target) => { if (isWorker(t)) void watch(t).catch(() => undefined); });
      workersWatched = () => watched.size;
    }
    for (const { path } of pages) {
      const page: Page = await run.browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const url = request.url();
        // The extension's own packaged files (Chromium's use_dynamic_url gives them a random origin) never leave the machine.
        const packaged = /^(chrome|moz)-extension:/.test(url);
        if (packaged) internal.push(url);
        const local = packaged || url.startsWith(site.origin) || /^(data|blob|about):/.test(url);
        if (!local) external.push({ url, page: path, byExtension: name === 'chromium' && initiatedByExtension(request, run.extensionOrigin) });
        // The pages' own subresources point at the internet, which this machine cannot reach: refuse them.
        void (local ? request.continue() : request.abort('blockedbyclient')).catch(() => undefined);
      });
      await page.goto(site.url(path), { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
      // Give the content script time to analyse and mount, and anything it might send time to leave.
      if (await waitForBadgeText(page, 8_000).catch(() => null)) badges += 1;
      await new Promise((done) => setTimeout(done, 1_000));
      await page.close();
    }
  }, 240_000);

  it('keeps nothing about the visited pages once their tabs are closed', async () => {
    const extensionPage = await run.openExtensionPage();
    const dump = async (): Promise<Record<string, Record<string, unknown>>> => extensionPage.evaluate(async () => {
      interface Area { get(keys: null): Promise<Record<string, unknown>> }
      const scope = globalThis as unknown as { browser?: { storage: Record<string, Area | undefined> }; chrome?: { storage: Record<string, Area | undefined> } };
      const storage = (scope.browser ?? scope.chrome)!.storage;
      const out: Record<string, Record<string, unknown>> = {};
      for (const area of ['local', 'sync', 'session']) out[area] = (await storage[area]?.get(null)) ?? {};
      return out;
    });
    // The background forgets a tab's report when the tab closes: allow it a moment.
    await expect.poll(async () => Object.keys((await dump()).session ?? {}), { timeout: 5_000 }).toEqual([]);
    const stored = JSON.stringify(await dump());
    await extensionPage.close();
    for (const { path } of pages) expect(stored, `storage mentions ${path}`).not.toContain(path.slice(1));
    expect(stored).not.toContain(site.origin);
  });

  afterAll(async () => {
    console.log(`${name}: ${pages.length} corpus pages, ${badges} badges, ${external.length} page requests to the internet refused, ` +
      `${internal.length} loads of the extension's own files, ${fromBackground.length} requests from ${workersWatched()} background workers watched`);
    await run?.close();
    await site?.close();
  });

  it('the recorder saw the pages\' own traffic and the extension at work', () => {
    expect(external.length, 'corpus pages ask for their images and scripts').toBeGreaterThan(0);
    expect(badges, 'the extension analysed the pages').toBeGreaterThan(0);
  });

  it('no request to the network was started by the extension\'s scripts', () => {
    expect(external.filter((s) => s.byExtension).map((s) => s.url)).toEqual([]);
    expect(fromBackground).toEqual([]);
  });

  it('every refused request is one the page itself names', () => {
    const byPage = new Map(pages.map((p) => [p.path, p.html]));
    expect(external.filter((s) => !explainedByPage(s.url, byPage.get(s.page)!)).map((s) => `${s.page}: ${s.url}`)).toEqual([]);
  });

  it('the server saw each page fetched once, and nothing else but what the pages name', () => {
    for (const { path } of pages) expect(site.log.filter((r) => r.path === path), path).toHaveLength(1);
    const named = (path: string): boolean => path === '/favicon.ico' || pages.some((p) => p.path === path || p.html.includes(path.split('/').pop() ?? '\u0000'));
    expect(site.log.filter((r) => !named(r.path)).map((r) => r.path)).toEqual([]);
  });
});
