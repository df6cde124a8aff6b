import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { serveDirectory } from '../../lib/serve';

const REPO_ROOT = resolve(import.meta.dirname, '../../..');
const GLOBAL = '__asOfBenchClaims';

/** analyzePage and findClaims bundled for a page's main world. */
async function claimsScript(): Promise<string> {
  const out = await build({
    stdin: {
      contents: ["export { analyzePage } from './utils/analyze-page';", "export { findClaims } from './utils/claims/find-claims';",
        "export { analyzeClaims } from './utils/analyze-claims';", "export { claimsSource } from './utils/claims/claims-source';",
        "export { warmTagger } from './utils/claims/tagger';"].join('\n'),
      resolveDir: REPO_ROOT, loader: 'ts',
    },
    bundle: true, minify: true, write: false, format: 'iife', globalName: GLOBAL, platform: 'browser', target: 'es2022', logLevel: 'silent',
  });
  return `globalThis.__name ??= (f) => f;\n${out.outputFiles[0]?.text ?? ''}`;
}

/** What the bundled script exposes in the page. */
type Api = {
  analyzePage(d: Document, o: object): { published: unknown }; findClaims(d: Document, p: unknown, n: Date): unknown[];
  analyzeClaims(d: Document, p: unknown, n: Date): unknown; claimsSource(d: Document): string; warmTagger(): void;
};

/**
 * ms of the claims step on one page: `popup` as the popup runs it (a fresh script with the language
 * model loaded: parse the page's claims source, then analyzeClaims, cold) and `ms` findClaims on the
 * live page, the median of 3 warm runs.
 */
export interface ChromiumRow { id: string; popup: number; ms: number; claims: number }

/**
 * ms of findClaims per page in headless Chromium (page scripts blocked, as a saved page): the
 * publish stamp and claims source from analyzePage, then, on the page loaded afresh, the step as the popup runs
 * it (cold), then findClaims on the live page (the median of 3 warm).
 */
export async function timeClaimsInChromium(pagesDir: string, ids: readonly string[], nowIso: string): Promise<ChromiumRow[]> {
  const script = await claimsScript();
  const server = await serveDirectory(pagesDir);
  const profile = mkdtempSync(join(tmpdir(), 'as-of-claims-bench-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, userDataDir: profile,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const rows: ChromiumRow[] = [];
  try {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request) => void (request.resourceType() === 'document' ? request.continue() : request.abort()));
    for (const id of ids) {
      // First load: the report's publish stamp and the claims source, as the content script gives them.
      await page.goto(server.url(`${id}.html`), { waitUntil: 'domcontentloaded' });
      await page.setJavaScriptEnabled(true);
      await page.evaluate(script);
      const handed = await page.evaluate((global: string, now: string) => {
        const api = (globalThis as unknown as Record<string, Api>)[global]!;
        return { published: api.analyzePage(document, { url: location.href, now: new Date(now), includeClaims: false }).published, source: api.claimsSource(document) };
      }, GLOBAL, nowIso);
      // Second load, a fresh script as in a popup just opened: chrono-node, Readability and wink-nlp all cold.
      await page.setJavaScriptEnabled(false);
      await page.goto(server.url(`${id}.html`), { waitUntil: 'domcontentloaded' });
      await page.setJavaScriptEnabled(true);
      await page.evaluate(script);
      rows.push(await page.evaluate((global: string, now: string, published: unknown, source: string) => {
        const api = (globalThis as unknown as Record<string, Api>)[global]!;
        // As the popup: the model is loaded while the page hands over its HTML; the measure starts at the hand-over.
        api.warmTagger();
        const start = performance.now();
        api.analyzeClaims(new DOMParser().parseFromString(source, 'text/html'), published, new Date(now));
        const popup = performance.now() - start;
        const times: number[] = [];
        let count = 0;
        for (let i = 0; i < 4; i += 1) {
          const t0 = performance.now();
          count = api.findClaims(document, published, new Date(now)).length;
          times.push(performance.now() - t0);
        }
        const warm = times.slice(1).sort((a, b) => a - b);
        return { id: location.pathname, popup, ms: warm[1]!, claims: count };
      }, GLOBAL, nowIso, handed.published, handed.source));
      await page.setJavaScriptEnabled(false);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return rows;
}
