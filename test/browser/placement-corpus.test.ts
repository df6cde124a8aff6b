import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, HTTPRequest, Page } from 'puppeteer-core';
import { extensionBuildDir, launchBrowser, type BrowserName, type ExtensionBrowser } from '../../scripts/lib/browsers';
import { serveDirectory, type StaticServer } from '../../scripts/lib/serve';
import { corpusDir, readCorpus } from '../../scripts/bench/corpus';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureBadge, placementProblems } from './helpers/badge-geometry';
import { findBadgeHost } from '../../scripts/lib/page-badge';

/**
 * The badge where the reader's eye is, on every labelled corpus page: in <body>, outside links and
 * buttons, in the first two screens, just below the article's headline (or its notice) and in its
 * column. Chromium at a desktop and a phone size over all 80 pages, Firefox at desktop size on a sample.
 * Outside requests are refused, so the saved pages render from their own HTML only.
 */
interface Viewport { label: string; width: number; height: number; isMobile?: boolean; hasTouch?: boolean }
const DESKTOP: Viewport = { label: 'desktop 1280x900', width: 1280, height: 900 };
const PHONE: Viewport = { label: 'phone 390x844', width: 390, height: 844, isMobile: true, hasTouch: true };
const FIREFOX_SAMPLE = 10;
const BADGE_WAIT_MS = 6_000;

const pages = readCorpus();
const notices = new Map((JSON.parse(readFileSync(join(corpusDir(), 'manifest.json'), 'utf8')) as { id: string; archived_notice: string | null }[])
  .map((p) => [p.id, p.archived_notice]));

async function blockOutside(page: Page, origin: string): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = request.url();
    if (url.startsWith(origin) || /^(data|blob|about|chrome-extension|moz-extension):/.test(url)) void request.continue().catch(() => undefined);
    // A page script sending the tab elsewhere gets 204 No Content, which keeps the saved page in place.
    else if (request.isNavigationRequest() && request.frame() === page.mainFrame()) void request.respond({ status: 204 }).catch(() => undefined);
    else void request.abort('blockedbyclient').catch(() => undefined);
  });
}

async function waitForHost(page: Page): Promise<ElementHandle<Element> | null> {
  const deadline = Date.now() + BADGE_WAIT_MS;
  while (Date.now() < deadline) {
    const host = await findBadgeHost(page).catch(() => null);
    if (host) return host;
    await new Promise((done) => setTimeout(done, 150));
  }
  return null;
}

function runCorpus(name: BrowserName, viewports: Viewport[], ids: string[]): void {
  describe(`${name}: the badge's place on the corpus pages`, () => {
    let server: StaticServer;
    let run: ExtensionBrowser;
    let page: Page;

    beforeAll(async () => {
      server = await serveDirectory(corpusDir());
      run = await launchBrowser(name, { extensionPath: extensionBuildDir(name) });
      page = await run.browser.newPage();
      await blockOutside(page, server.origin);
    });

    afterAll(async () => {
      await run?.close();
      await server?.close();
    });

    it.each(viewports)('$label: below the headline or notice, in its column, visible, in no link', async (viewport) => {
      await page.setViewport(viewport);
      const started = Date.now();
      const failures: string[] = [];
      let badged = 0;
      const unbadged: string[] = [];
      const corner: string[] = [];
      for (const id of ids) {
        await page.goto(server.url(`pages/${id}.html`), { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
        const host = await waitForHost(page);
        if (!host) {
          unbadged.push(id);
          continue;
        }
        badged += 1;
        const geometry = await measureBadge(host, notices.get(id) ?? null);
        if (geometry.corner) corner.push(id);
        const problems = placementProblems(geometry);
        await host.dispose();
        if (problems.length > 0) failures.push(`${id}: ${problems.join('; ')}`);
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      console.log(`${name} ${viewport.label}: ${badged} badged pages checked, ${failures.length} misplaced, ${unbadged.length} without a badge (${unbadged.join(', ') || 'none'}), ${corner.length} in the corner, ${seconds} s`);
      if (failures.length > 0) console.log(failures.join('\n'));
      expect(badged, "most corpus pages get a badge").toBeGreaterThanOrEqual(Math.floor(ids.length * 0.7));
      expect(failures).toEqual([]);
    }, 1_200_000);
  });
}

const allIds = pages.map((p) => p.id);
const step = Math.floor(allIds.length / FIREFOX_SAMPLE);
runCorpus('chromium', [DESKTOP, PHONE], allIds);
runCorpus('firefox', [DESKTOP], allIds.filter((_, i) => i % step === 0).slice(0, FIREFOX_SAMPLE));
