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

/**
 * ms of the claims step on one page: `popup` as the popup runs it (a fresh script with the language
 * model loaded: parse the page's claims source, then analyzeClaims, cold) and `ms` findClaims on the
 * live page, the median of 3 warm runs.
 */
export interface ChromiumRow { id: string; popup: number; ms: number; claims: number }

/**
 * ms of findClaims per page in headless Chromium (page scripts blocked, as a saved page): the
 * publish stamp from analyzePage with claims off, then the step as the popup runs it (cold), then findClaims on the live page (the median of 3 warm).
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
      await page.goto(server.url(`${id}.html`), { waitUntil: 'domcontentloaded' });
      await page.setJavaScriptEnabled(true);
      await page.evaluate(script);
      rows.push(await page.evaluate((global: string, now: string) => {
        type Api = {
          analyzePage(d: Document, o: object): { published: unknown }; findClaims(d: Document, p: unknown, n: Date): unknown[];
          analyzeClaims(d: Document, p: unknown, n: Date): unknown; claimsSource(d: Document): string; warmTagger(): void;
        };
        const api = (globalThis as unknown as Record<string, Api>)[global]!;
        const { published } = api.analyzePage(document, { url: location.href, now: new Date(now), includeClaims: false });
        // As the popup: the model is loaded while the page hands over its HTML; the measure starts at the hand-over.
        const source = api.claimsSource(document);
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
      }, GLOBAL, nowIso));
      await page.setJavaScriptEnabled(false);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return rows;
}
