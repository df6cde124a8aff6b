import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'puppeteer-core';
import { onlyLocal } from './page-probe';
import { median, percentile } from './stats';
import { ms, type Row } from './table';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const GLOBAL = '__asOfLinkCost';

/** One page's pass: how many links it has and what marking them all cost, per 100 links. */
export interface LinkCost {
  url: string;
  links: number;
  marks: number;
  /** Date and mark, ms per 100 links. */
  perHundred: number;
  /** The address date alone (utils/links/), ms per 100 links. */
  datePerHundred: number;
}

// The page feature's per-link step (components/link-marker.ts), over every link of the page, with the
// default settings and English words; the marks are taken out again after each pass.
const ENTRY = `
import { markLink } from './components/link-marker';
import { datedLink } from './utils/links/find-link-dates';
import { linkAgeMarkTag } from './components/link-age-mark';
import { DEFAULT_SETTINGS } from './utils/settings';
const words = { locale: 'en', t: (key, subs = []) => key + ' ' + subs.join(' ') };
export function pass(nowIso) {
  const now = new Date(nowIso);
  const tag = linkAgeMarkTag();
  const anchors = Array.from(document.getElementsByTagName('a')).filter((a) => a instanceof HTMLAnchorElement);
  // As the feature reads them: the page's address and the time once per batch, each link's address once.
  const at = { url: location.href, now };
  let t0 = performance.now();
  for (const a of anchors) datedLink({ href: a.href }, at);
  const dateMs = performance.now() - t0;
  t0 = performance.now();
  const marks = [];
  for (const a of anchors) { const m = markLink(a, a.href, at, tag, DEFAULT_SETTINGS, words); if (m) marks.push(m); }
  const elapsed = performance.now() - t0;
  for (const m of marks) m.remove();
  return { links: anchors.length, marks: marks.length, ms: elapsed, dateMs };
}`;

/** The step bundled for a page's main world (IIFE, as the content script's code would run). */
export async function linkCostScript(): Promise<string> {
  const out = await build({
    stdin: { contents: ENTRY, resolveDir: REPO_ROOT, loader: 'ts' },
    bundle: true, minify: true, write: false, format: 'iife', globalName: GLOBAL, platform: 'browser', target: 'es2022', logLevel: 'silent',
  });
  return `globalThis.__name ??= (f) => f;\n${out.outputFiles[0]?.text ?? ''}`;
}

/** Opens each page in a fresh tab and times three passes over its links (the median pass); pages with fewer than 20 links are skipped. */
export async function timeLinkCosts(browser: Browser, urls: readonly string[], script: string, now: Date): Promise<LinkCost[]> {
  const costs: LinkCost[] = [];
  for (const url of urls) {
    const page = await browser.newPage();
    try {
      // As on every other visit, outside requests fail at once: without that, each saved page waited on its trackers.
      await onlyLocal(page, new URL(url).origin);
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      await page.evaluate(script);
      const runs = [];
      for (let i = 0; i < 3; i += 1) {
        runs.push(await page.evaluate((g: string, iso: string) => (globalThis as unknown as Record<string, { pass(iso: string): { links: number; marks: number; ms: number; dateMs: number } }>)[g]!.pass(iso), GLOBAL, now.toISOString()));
      }
      const first = runs[0]!;
      const per100 = (values: number[]): number => ((median(values) ?? 0) / first.links) * 100;
      if (first.links >= 20) costs.push({ url, links: first.links, marks: first.marks, perHundred: per100(runs.map((r) => r.ms)), datePerHundred: per100(runs.map((r) => r.dateMs)) });
    } catch {
      // A page that will not load is left out; the row says how many pages were measured.
    } finally {
      await page.close();
    }
  }
  return costs;
}

/** The benchmark row: main-thread ms per 100 links, median and p95 over the pages. */
export function linkCostRows(costs: readonly LinkCost[]): Row[] {
  const links = costs.reduce((t, c) => t + c.links, 0);
  const marks = costs.reduce((t, c) => t + c.marks, 0);
  const row = (what: string, values: number[], target = '', pass?: (m: number) => boolean): Row => {
    const m = median(values);
    return { section: 'link ages (in the page)', what, median: ms(m), p95: ms(percentile(values, 95)), target, ok: pass && m !== null ? pass(m) : null };
  };
  return [
    row(`address date only, per 100 links (${costs.length} pages, ${links} links)`, costs.map((c) => c.datePerHundred)),
    row(`date + mark, per 100 links (${marks} marks)`, costs.map((c) => c.perHundred), '< 2 ms median', (m) => m < 2),
  ];
}
