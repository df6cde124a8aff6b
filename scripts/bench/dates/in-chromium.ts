import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { serveDirectory } from '../../lib/serve';
import type { LabelledPage } from './corpus';

const REPO_ROOT = resolve(import.meta.dirname, '../../..');
const GLOBAL = '__asOfBenchDates';

/**
 * The stamps + notice step as the content script runs it (analyzeDates with the article verdict given),
 * plus each detector on its own, bundled for a page's main world. `steps` runs the detectors in
 * findStamps' order and returns the ms of each, so the first call on a fresh page is the cold cost.
 */
const ENTRY = `
import { analyzeDates } from './utils/analyze-dates';
import { findNotice } from './utils/notice/find-notice';
import { findHeadline } from './utils/stamps/headline';
import { findJsonLdStamps } from './utils/stamps/json-ld';
import { findMicrodataStamps } from './utils/stamps/microdata';
import { findMetaStamps } from './utils/stamps/meta';
import { findTimeElementStamps } from './utils/stamps/time-element';
import { findBylineStamps } from './utils/stamps/byline';
import { findHeadlineStamps } from './utils/stamps/headline-date';
import { findUrlStamps } from './utils/stamps/url';
import { findScriptJsonStamps } from './utils/stamps/script-json';
import { findCopyrightStamps } from './utils/stamps/copyright';
export function step(url, now) {
  const { report } = analyzeDates(document, { url, now, article: { isArticle: true, reasons: [] } });
  return report.timings.stamps + report.timings.notice;
}
export function steps(url) {
  const ms = {};
  const time = (name, run) => { const t0 = performance.now(); const out = run(); ms[name] = performance.now() - t0; return out; };
  time('notice', () => findNotice(document, url));
  const headline = time('headline', () => findHeadline(document));
  const detectors = { jsonLd: findJsonLdStamps, microdata: findMicrodataStamps, meta: findMetaStamps, timeElement: findTimeElementStamps, byline: findBylineStamps, headlineDate: findHeadlineStamps, url: findUrlStamps };
  for (const [name, detect] of Object.entries(detectors)) time(name, () => detect(document, url, headline));
  time('scriptJson', () => findScriptJsonStamps(document));
  time('copyright', () => findCopyrightStamps(document));
  return ms;
}`;

async function bundle(root = REPO_ROOT, globalName = GLOBAL): Promise<string> {
  const out = await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' },
    bundle: true, minify: true, write: false, format: 'iife', globalName, platform: 'browser', target: 'es2022', logLevel: 'silent',
  });
  return `globalThis.__name ??= (f) => f;\n${out.outputFiles[0]?.text ?? ''}`;
}

/** The same entry bundled from `utils/` as it was at a git revision (extracted to a temporary folder). */
async function bundleAt(ref: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'as-of-dates-ref-'));
  try {
    execFileSync('sh', ['-c', `git -C "$1" archive "$2" utils | tar -x -C "$3"`, 'sh', REPO_ROOT, ref, dir]);
    return await bundle(dir, GLOBAL);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One page: the whole step cold (first call after the script is evaluated, as on a page load) and warm, and each detector's ms. */
export interface DatesChromiumRow {
  id: string;
  cold: number;
  warm: number;
  /** Each detector run alone, in findStamps' order, on the same fresh page (cold) and the median of 3 warm runs. */
  detectorsCold: Record<string, number>;
  detectorsWarm: Record<string, number>;
  /** The whole step as `utils/` was at the `against` revision, on the same page in the same run. */
  before?: { cold: number; warm: number };
}

/**
 * In headless Chromium with page scripts blocked (a saved page, as the corpus benchmark loads it), each
 * page freshly loaded twice: once for the whole step, once for the detectors alone, so both see a cold start.
 */
export async function timeDatesInChromium(pages: readonly LabelledPage[], nowIso: string, against?: string): Promise<DatesChromiumRow[]> {
  const script = await bundle();
  const previous = against ? await bundleAt(against) : null;
  const root = commonRoot(pages.map((p) => p.file));
  const server = await serveDirectory(root);
  const profile = mkdtempSync(join(tmpdir(), 'as-of-dates-bench-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, userDataDir: profile,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const rows: DatesChromiumRow[] = [];
  try {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => void (request.resourceType() === 'document' ? request.continue() : request.abort()));
    const open = async (p: LabelledPage, code = script): Promise<void> => {
      await page.setJavaScriptEnabled(false);
      await page.goto(server.url(relative(root, p.file)), { waitUntil: 'domcontentloaded' });
      await page.setJavaScriptEnabled(true);
      await page.evaluate(code);
    };
    const timeStep = (p: LabelledPage): Promise<{ cold: number; warm: number }> => page.evaluate((global: string, url: string, now: string) => {
      const api = (globalThis as unknown as Record<string, { step(u: string, n: Date): number }>)[global]!;
      const times = [0, 1, 2, 3].map(() => api.step(url, new Date(now)));
      return { cold: times[0]!, warm: times.slice(1).sort((a, b) => a - b)[1]! };
    }, GLOBAL, p.url, nowIso);
    for (const [index, p] of pages.entries()) {
      try {
        // With a revision to compare, the two versions take turns going first on a fresh page load.
        let before: { cold: number; warm: number } | undefined;
        if (previous && index % 2 === 0) {
          await open(p, previous);
          before = await timeStep(p);
        }
        await open(p);
        const whole = await timeStep(p);
        if (previous && index % 2 === 1) {
          await open(p, previous);
          before = await timeStep(p);
        }
        await open(p);
        const detectors = await page.evaluate((global: string, url: string) => {
          const api = (globalThis as unknown as Record<string, { steps(u: string): Record<string, number> }>)[global]!;
          const runs = [0, 1, 2, 3].map(() => api.steps(url));
          const warm: Record<string, number> = {};
          for (const name of Object.keys(runs[0]!)) warm[name] = runs.slice(1).map((r) => r[name]!).sort((a, b) => a - b)[1]!;
          return { cold: runs[0]!, warm };
        }, GLOBAL, p.url);
        rows.push({ id: p.id, ...whole, detectorsCold: detectors.cold, detectorsWarm: detectors.warm, ...(before ? { before } : {}) });
      } catch (error) {
        process.stderr.write(`  ${p.id}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return rows;
}

/** The deepest folder holding every file (both corpora sit under ../shared). */
function commonRoot(files: string[]): string {
  let root = dirname(files[0] ?? REPO_ROOT);
  while (!files.every((f) => f.startsWith(`${root}/`))) root = dirname(root);
  return root;
}

/** The table `bench:dates --chromium` prints: the whole step, then each detector, median and p95, cold and warm. */
export function chromiumTable(rows: readonly DatesChromiumRow[], percentile: (values: number[], p: number) => number): string {
  const line = (name: string, cold: number[], warm: number[]): string =>
    `${name.padEnd(26)} ${[percentile(cold, 50), percentile(cold, 95), percentile(warm, 50), percentile(warm, 95)].map((ms) => ms.toFixed(2).padStart(8)).join(' ')}\n`;
  let out = `${'ms in Chromium'.padEnd(26)} ${['cold p50', 'cold p95', 'warm p50', 'warm p95'].map((h) => h.padStart(8)).join(' ')}\n`;
  out += line('stamps + notice (step)', rows.map((r) => r.cold), rows.map((r) => r.warm));
  const before = rows.flatMap((r) => (r.before ? [r.before] : []));
  if (before.length) out += line('  same step, --against rev', before.map((b) => b.cold), before.map((b) => b.warm));
  for (const name of Object.keys(rows[0]?.detectorsCold ?? {})) out += line(`  ${name}`, rows.map((r) => r.detectorsCold[name] ?? 0), rows.map((r) => r.detectorsWarm[name] ?? 0));
  return out;
}
