/**
 * Claims-step benchmark over the corpus (shared/corpus/pages), and what the claims engine adds to
 * the content-script bundle.
 *
 *   npm run bench:claims [-- --verbose] [-- --chromium]
 *   npm run bench:claims -- --popup [--pages 16] [--reps 2] [--trace] [--extension DIR ...]   (the real popup: scripts/bench/claims/in-popup.ts)
 *
 * Per page: the publish stamp from analyzePage (claims off), then findClaims timed once warm (as in a
 * content script after the first page). Prints the cold first call, median / p95 ms per page, claims
 * per page, categories, the content script minified + gzipped with the engine and with a stub, and the
 * popup bundle with the share of the language model (wink-nlp) and the model's load time.
 * With --chromium, the same step timed in headless Chromium's own DOM too (happy-dom is several times slower),
 * warm, and as the popup runs it (cold, on a fresh script with the model loaded).
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { analyzePage } from '../utils/analyze-page';
import { findClaims } from '../utils/claims/find-claims';
import { warmTagger } from '../utils/claims/tagger';
import type { ClaimCategory } from '../utils/report';
import { timeClaimsInChromium } from './bench/claims/in-chromium';
import { benchClaimsInPopup } from './bench/claims/in-popup';
import { corpusDir, readCorpus } from './bench/corpus';
import { median, percentile } from './bench/stats';
import { loadPageFile } from './lib/load-document';

const NOW = new Date('2026-11-24T12:00:00Z');
const REPO_ROOT = resolve(import.meta.dirname, '..');
const CONTENT_ENTRY = 'entrypoints/content/index.ts';
const POPUP_ENTRY = 'entrypoints/popup/main.ts';
const verbose = process.argv.includes('--verbose');
const inChromium = process.argv.includes('--chromium');

/** Replaces the claims engine with do-nothing functions: the bundle as it was before the engine. */
const stubClaims: Plugin = {
  name: 'stub-claims',
  setup(b) {
    b.onResolve({ filter: /claims\/(?:find-claims|locate-claim)$/ }, (args) => ({ path: args.path, namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: 'export function findClaims(){return []}\nexport function locateClaim(){return null}',
      loader: 'js',
    }));
  },
};

/** Replaces wink-nlp and its English model with nothing: what the language model adds to the popup. */
const stubModel: Plugin = {
  name: 'stub-model',
  setup(b) {
    b.onResolve({ filter: /^wink-(?:nlp|eng-lite-web-model)$/ }, (args) => ({ path: args.path, namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default function(){return {}}', loader: 'js' }));
  },
};

/** Replaces the popup's engine script (loaded once the header has painted) with nothing: the popup's first script. */
const stubEngine: Plugin = {
  name: 'stub-engine',
  setup(b) {
    b.onResolve({ filter: /\/popup-engine$/ }, (args) => ({ path: args.path, namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export const analyzeClaims = null, warmTagger = null;', loader: 'js' }));
  },
};

async function contentBundle(plugins: Plugin[], entry = CONTENT_ENTRY): Promise<{ raw: number; gzip: number }> {
  const result = await build({
    entryPoints: [resolve(REPO_ROOT, entry)], absWorkingDir: REPO_ROOT, bundle: true, minify: true, write: false,
    format: 'iife', platform: 'browser', target: 'es2022', plugins, logLevel: 'silent',
    alias: { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' }, loader: { '.css': 'empty' },
    define: { 'import.meta.env.BROWSER': '"chrome"', 'import.meta.env.MANIFEST_VERSION': '3', 'import.meta.env.DEV': 'false', 'import.meta.env.COMMAND': '"build"' },
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js') || f.path === '<stdout>') ?? result.outputFiles[0];
  if (!js) throw new Error('esbuild produced no output');
  return { raw: js.contents.length, gzip: gzipSync(js.contents, { level: 9 }).length };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number | null): string => (value === null ? '-' : `${value.toFixed(1)} ms`);

async function main(): Promise<void> {
  const loadStart = performance.now();
  warmTagger();
  const modelMs = performance.now() - loadStart;
  const times: number[] = [];
  const counts: number[] = [];
  const categories = new Map<ClaimCategory, number>();
  let cold: number | null = null;
  for (const page of readCorpus()) {
    const { document, close } = loadPageFile(page.file, page.url);
    const { published, article } = analyzePage(document, { url: page.url, now: NOW, includeClaims: false });
    const t0 = performance.now();
    const claims = findClaims(document, published, NOW);
    const elapsed = performance.now() - t0;
    await close();
    // The first call pays for chrono-node's and the regexes' first compile; reported apart.
    if (cold === null) cold = elapsed;
    else times.push(elapsed);
    counts.push(claims.length);
    for (const claim of claims) for (const k of claim.categories) categories.set(k, (categories.get(k) ?? 0) + 1);
    if (verbose) console.log(`${page.id.padEnd(48)} ${elapsed.toFixed(1).padStart(7)} ms ${String(claims.length).padStart(4)} claims${article.isArticle ? '' : ' (not an article)'}`);
  }
  console.log(`Claims step over ${counts.length} corpus pages (happy-dom in Node, warm; first call ${ms(cold)})`);
  console.log(`  median ${ms(median(times))}   p95 ${ms(percentile(times, 95))}   max ${ms(percentile(times, 100))}`);
  console.log(`  claims per page: median ${median(counts)}, p95 ${percentile(counts, 95)}, total ${counts.reduce((a, b) => a + b, 0)}`);
  console.log(`  claims by category: ${[...categories].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);

  if (inChromium) {
    const rows = await timeClaimsInChromium(resolve(corpusDir(), 'pages'), readCorpus().map((p) => p.id), NOW.toISOString());
    const warm = rows.map((r) => r.ms);
    console.log(`Claims step in headless Chromium over ${rows.length} pages (median of 3 warm runs per page)`);
    console.log(`  median ${ms(median(warm))}   p95 ${ms(percentile(warm, 95))}   max ${ms(percentile(warm, 100))}`);
    const popup = rows.map((r) => r.popup);
    console.log(`  as in the popup (fresh script, model loaded; parse + analyzeClaims, the as-of:claims measure): median ${ms(median(popup))}   p95 ${ms(percentile(popup, 95))}`);
  }

  const [before, after] = [await contentBundle([stubClaims]), await contentBundle([])];
  console.log(`Content script (${CONTENT_ENTRY}, esbuild minified; WXT's build differs a little)`);
  console.log(`  without the claims engine: ${kb(before.raw)} raw, ${kb(before.gzip)} gzip`);
  console.log(`  with the claims engine:    ${kb(after.raw)} raw, ${kb(after.gzip)} gzip (+${kb(after.gzip - before.gzip)} gzip)`);
  const [popup, popupNoModel] = [await contentBundle([], POPUP_ENTRY), await contentBundle([stubModel], POPUP_ENTRY)];
  console.log(`Popup (${POPUP_ENTRY}, esbuild minified): ${kb(popup.raw)} raw, ${kb(popup.gzip)} gzip, of which wink-nlp and its English model ${kb(popup.raw - popupNoModel.raw)} raw, ${kb(popup.gzip - popupNoModel.gzip)} gzip`);
  const first = await contentBundle([stubEngine], POPUP_ENTRY);
  console.log(`  the popup's first script (the rest, popup-engine.ts, loads once the report's header has painted): ${kb(first.raw)} raw, ${kb(first.gzip)} gzip`);
  console.log(`Language model load (wink-eng-lite-web-model, once per popup, while the page prepares its HTML): ${ms(modelMs)}`);
}

if (process.argv.includes('--popup')) await benchClaimsInPopup(process.argv.slice(2));
else await main();
