/**
 * "Is this page an article?" timed where it runs: detectArticle in headless Chromium, on the four generated
 * non-article pages of `npm run bench` (scripts/bench/pages.ts) and a few corpus articles.
 *
 *   npm run bench:article [-- --visits N] [--corpus N] [--root DIR]
 *
 * Each visit loads the page afresh, evaluates detectArticle's bundle and times its first call (cold, as the
 * content script's first call on a page load) and the median of 5 further calls (warm). Prints median / p95
 * per page kind of the cold call, and the warm median. The generated pages run their own scripts (the SPA
 * renders itself); corpus pages are read with scripts off, as saved pages. Every other request is blocked.
 * Pages are served cross-origin isolated, so the page clock ticks in microseconds, not 0.1 ms.
 * `--root DIR` times the detectArticle of another checkout (e.g. /work/main) for a before/after.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import puppeteer, { type Page } from 'puppeteer-core';
import { corpusDir, readCorpus } from './corpus';
import { writeBenchPages } from './pages';
import { percentile } from './stats';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const GLOBAL = '__asOfBenchArticle';

interface Visit { cold: number; warm: number; isArticle: boolean; reason: string }

async function detectScript(root: string): Promise<string> {
  const out = await build({
    stdin: { contents: "export { detectArticle } from './utils/article/detect-article';", resolveDir: root, loader: 'ts' },
    bundle: true, minify: true, write: false, format: 'iife', globalName: GLOBAL, platform: 'browser', target: 'es2022', logLevel: 'silent',
  });
  return `globalThis.__name ??= (f) => f;\n${out.outputFiles[0]?.text ?? ''}`;
}

async function visit(page: Page, script: string, url: string, address: string, runScripts: boolean): Promise<Visit> {
  await page.setJavaScriptEnabled(runScripts);
  await page.goto(url, { waitUntil: 'load' });
  await page.setJavaScriptEnabled(true);
  await page.evaluate(script);
  return page.evaluate((global: string, href: string) => {
    type Detect = (d: Document, u?: string) => { isArticle: boolean; reasons: string[] };
    const detect = (globalThis as unknown as Record<string, { detectArticle: Detect }>)[global]!.detectArticle;
    const t0 = performance.now();
    const verdict = detect(document, href);
    const cold = performance.now() - t0;
    const warm: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const t1 = performance.now();
      detect(document, href);
      warm.push(performance.now() - t1);
    }
    warm.sort((a, b) => a - b);
    return { cold, warm: warm[2]!, isArticle: verdict.isArticle, reason: verdict.reasons.join('; ') };
  }, GLOBAL, address);
}

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] ?? fallback : fallback;
}

/** Serves `/<dir index>/<file>` from the given directories with the headers that make a page cross-origin isolated. */
async function serveIsolated(dirs: readonly string[]): Promise<{ url(dir: number, file: string): string; close(): void }> {
  const server = createServer((request, response) => {
    const [, index = '', file = ''] = /^\/(\d+)\/([\w.-]+)$/.exec(request.url ?? '') ?? [];
    const dir = dirs[Number(index)];
    let body: Buffer | null = null;
    try { body = dir && file ? readFileSync(join(dir, file)) : null; } catch { body = null; }
    if (!body) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html', 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' });
    response.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: (dir, file) => `http://127.0.0.1:${port}/${dir}/${file}`, close: () => void server.close() };
}

async function main(): Promise<void> {
  const visits = Number(option('--visits', '9'));
  const corpusCount = Number(option('--corpus', '6'));
  const root = resolve(option('--root', REPO_ROOT));
  const dir = mkdtempSync(join(tmpdir(), 'as-of-article-bench-'));
  const profile = mkdtempSync(join(tmpdir(), 'as-of-article-profile-'));
  const generated = writeBenchPages(dir);
  const script = await detectScript(root);
  const server = await serveIsolated([dir, join(corpusDir(), 'pages')]);
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, userDataDir: profile,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const out = (text: string): boolean => process.stdout.write(text);
  try {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => void (request.resourceType() === 'document' ? request.continue() : request.abort()));
    const kinds: { kind: string; pages: { url: string; address?: string; scripts: boolean }[] }[] = [
      ...generated.map(({ kind, file }) => ({ kind, pages: [{ url: server.url(0, file), scripts: true }] })),
      { kind: `corpus articles (${corpusCount})`, pages: readCorpus().slice(0, corpusCount).map(({ id, url }) => ({ url: server.url(1, `${id}.html`), address: url, scripts: false })) },
    ];
    out(`detectArticle of ${root} in Chromium, ${visits} fresh visits per page (cold = first call on the page; warm = median of 5 more)\n\n`);
    out(`${'page kind'.padEnd(24)} ${'cold median'.padStart(12)} ${'cold p95'.padStart(10)} ${'warm'.padStart(8)}  verdict\n`);
    for (const { kind, pages } of kinds) {
      const rows: Visit[] = [];
      for (const target of pages) {
        for (let i = 0; i < (pages.length > 1 ? Math.max(3, Math.ceil(visits / 3)) : visits); i += 1) {
          rows.push(await visit(page, script, target.url, target.address ?? target.url, target.scripts));
        }
      }
      const cold = rows.map((r) => r.cold);
      const articles = rows.filter((r) => r.isArticle).length;
      const verdict = articles === 0 ? `not an article (${rows[0]?.reason ?? ''})` : `${articles}/${rows.length} visits judged articles`;
      const ms = (value: number | null, width: number): string => `${(value ?? Number.NaN).toFixed(2)} ms`.padStart(width);
      out(`${kind.padEnd(24)} ${ms(percentile(cold, 50), 12)} ${ms(percentile(cold, 95), 10)} ${ms(percentile(rows.map((r) => r.warm), 50), 8)}  ${verdict}\n`);
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();
