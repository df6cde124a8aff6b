/**
 * npm run bench — one table, from one run, of what As Of costs the pages a reader opens:
 * main-thread time per content-script step (from its own performance marks) in Chromium with the
 * built extension, over the corpus and four generated non-article pages (the claims step runs in the
 * popup, so on each article the popup page is opened for that tab and its own `as-of:claims` measure read); long tasks, extra layouts and
 * JS heap against the same pages without the extension; the content script's size and what it is made
 * of; and the stamp step against its peers (metascraper-date, Readability) on the same pages.
 *
 *   npm run bench                          # build, then measure everything (3-5 minutes)
 *   npm run bench -- --extension .output/chrome-mv3 --limit 20 --reps 3
 *
 * Exits non-zero only when it cannot run; missed targets show as ✗ in the table.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/browsers';
import { serveDirectory } from './lib/serve';
import { buildChrome } from './bench/build';
import { dependencyShares, fileSize } from './bench/bundle';
import { readCorpus } from './bench/corpus';
import { inPageScripts, timeInPage } from './bench/in-page';
import { writeBenchPages } from './bench/pages';
import { timePeers } from './bench/peers';
import { linkCostRows, linkCostScript, timeLinkCosts, type LinkCost } from './bench/link-cost';
import { ARTICLE_KIND, bundleRows, pageCostRows, peerRows, timingRows } from './bench/rows';
import { renderTable } from './bench/table';
import { visitPlain, visitWithExtension, type PlainVisit, type Visit } from './bench/visit';

const { values: args } = parseArgs({
  options: {
    extension: { type: 'string' }, // an existing Chrome build instead of a fresh one
    limit: { type: 'string' }, // corpus pages to visit (default: all)
    reps: { type: 'string', default: '3' }, // visits per generated page
  },
});
// The corpus's reference date, as in the tests, so ages and plausibility checks match them.
const NOW = new Date('2026-11-24T12:00:00Z');
const started = performance.now();
const progress = (message: string): void => {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${message}\n`);
};

const work = mkdtempSync(join(tmpdir(), 'as-of-bench-'));
try {
  progress(args.extension ? `using the build in ${args.extension}` : 'building the extension');
  const extensionPath = args.extension ? resolve(args.extension) : await buildChrome(join(work, 'build'));
  const contentJs = join(extensionPath, 'content-scripts', 'content.js');
  const popupJs = join(extensionPath, 'chunks');
  if (!existsSync(contentJs)) throw new Error(`No content script at ${contentJs}`);

  progress('measuring the bundle');
  const shares = await dependencyShares('entrypoints/content/index.ts');
  const popup = existsSync(popupJs) ? popupSize(popupJs, () => true) : null;
  // What the popup loads before it paints the report: all its chunks but the claims engine's (entrypoints/popup/popup-engine.ts).
  const popupFirst = existsSync(popupJs) ? popupSize(popupJs, (name) => !name.startsWith('popup-engine')) : null;

  const corpus = readCorpus().slice(0, args.limit ? Number(args.limit) : undefined);
  progress(`timing peers in Node on ${corpus.length} corpus pages`);
  const nodePeers = await timePeers(corpus, NOW);

  const generated = writeBenchPages(join(work, 'pages'));
  const corpusServer = await serveDirectory(corpus[0] ? resolve(corpus[0].file, '..') : work);
  const pageServer = await serveDirectory(join(work, 'pages'));
  const run = await launchChromium({ extensionPath });
  const visits: Visit[] = [];
  let linkCosts: LinkCost[] = [];
  const plain = new Map<string, PlainVisit>();
  const version = await run.browser.version();
  try {
    const scripts = await inPageScripts();
    progress(`visiting ${corpus.length} corpus pages with As Of`);
    for (const page of corpus) {
      const url = corpusServer.url(`${page.id}.html`);
      visits.push(await visitWithExtension(run, ARTICLE_KIND, url, (p) => timeInPage(p, scripts, NOW)));
    }
    progress(`timing link ages (address date + mark per link) on ${corpus.length} corpus pages`);
    linkCosts = await timeLinkCosts(run.browser, corpus.map((p) => corpusServer.url(`${p.id}.html`)), await linkCostScript(), NOW);
    progress(`visiting ${generated.length} generated pages × ${args.reps} with As Of`);
    for (let rep = 0; rep < Number(args.reps); rep += 1) {
      for (const page of generated) visits.push(await visitWithExtension(run, page.kind, pageServer.url(page.file)));
    }
    progress('visiting the same pages without As Of');
    const baseline = await run.browser.createBrowserContext();
    for (const url of new Set(visits.map((v) => v.url))) plain.set(url, await visitPlain(baseline, url));
    await baseline.close();
  } finally {
    await run.close();
    await corpusServer.close();
    await pageServer.close();
  }

  for (const v of visits.filter((x) => x.source === 'none')) progress(`no marks and no report from As Of on ${v.url}`);
  const sources = [...new Set(visits.map((v) => v.source))].join(', ');
  console.log(`As Of benchmark — ${version}, ${visits.length} visits, step times from: ${sources}, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  console.log(renderTable([
    ...timingRows(visits),
    ...pageCostRows(visits, plain),
    ...bundleRows(fileSize(contentJs), popup, popupFirst, shares.shares),
    ...peerRows(nodePeers, visits),
    ...linkCostRows(linkCosts),
  ]));
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** The popup's own chunk(s): code that only the popup needs should live there, not in the content script. */
function popupSize(chunks: string, keep: (name: string) => boolean): { raw: number; gzip: number } | null {
  const files = readdirSync(chunks).filter((name) => name.startsWith('popup') && name.endsWith('.js') && keep(name));
  if (files.length === 0) return null;
  return files.map((name) => fileSize(join(chunks, name))).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }));
}
