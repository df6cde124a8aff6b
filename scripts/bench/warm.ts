/**
 * npm run bench:warm — how much of the content script's cost is the first run in a fresh page. A `bench-warm`
 * build (entrypoints/content/warm-rerun.ts) runs the article check, stamps + notice and the badge mount a
 * second time in the same page once its own steps are done; each page is opened in a fresh tab, as in
 * `npm run bench`, and both runs are read from the content script's own measures (synchronous steps: wall
 * is busy). The second run reuses the code V8 compiled and the caches it filled in the first, so the gap
 * is the engine's start-up cost in a new content-script world, which no change to As Of's rules removes.
 *
 *   npm run bench:warm [-- --limit 30] [--reps 3]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, type ExtensionBrowser } from '../lib/browsers';
import { serveDirectory } from '../lib/serve';
import { buildChrome } from './build';
import { readCorpus } from './corpus';
import { installProbe, readTimeline } from './page-probe';
import { writeBenchPages } from './pages';
import { median, percentile } from './stats';
import { ms } from './table';

const { values: args } = parseArgs({ options: { limit: { type: 'string', default: '30' }, reps: { type: 'string', default: '3' } } });
const WAIT_MS = 5_000;
const POLL_MS = 50;
/** Each step's first run and its second, by the measure names of the two runs. */
const STEPS = [
  ['article check', 'as-of:article', 'as-of:warm-article'],
  ['stamps & notice', 'as-of:stamps', 'as-of:warm-stamps'],
  ['badge mount', 'as-of:badge', 'as-of:warm-badge'],
] as const;
type Runs = Map<string, { first: number[]; second: number[] }>;

const work = mkdtempSync(join(tmpdir(), 'as-of-warm-'));
try {
  process.stderr.write('building the extension (mode bench-warm)\n');
  const extension = await buildChrome(join(work, 'build'), 'bench-warm');
  const corpus = readCorpus().slice(0, Number(args.limit));
  const generated = writeBenchPages(join(work, 'pages'));
  const corpusServer = await serveDirectory(resolve(corpus[0]!.file, '..'));
  const pageServer = await serveDirectory(join(work, 'pages'));
  const run = await launchChromium({ extensionPath: extension });
  const byKind = new Map<string, Runs>();
  try {
    for (const page of generated) {
      for (let rep = 0; rep < Number(args.reps); rep += 1) await visit(run, pageServer.url(page.file), runsOf(byKind, page.kind), 'as-of:warm-article');
    }
    for (const page of corpus) await visit(run, corpusServer.url(`${page.id}.html`), runsOf(byKind, 'news article (corpus)'), 'as-of:warm-badge');
  } finally {
    await run.close();
    await corpusServer.close();
    await pageServer.close();
  }
  console.log('Each step\'s first run in a fresh page and its second run in the same page (Chromium, ms, the steps\' own measures)\n');
  console.log(`${'pages'.padEnd(24)}${'step'.padEnd(24)}${'first p50'.padStart(11)}${'second p50'.padStart(12)}${'first p95'.padStart(11)}${'second p95'.padStart(12)}`);
  for (const [kind, runs] of byKind) {
    for (const [label, values] of runs) {
      if (values.second.length === 0) continue;
      console.log(`${kind.padEnd(24)}${`${label} (n=${values.second.length})`.padEnd(24)}${ms(median(values.first)).padStart(11)}${ms(median(values.second)).padStart(12)}`
        + `${ms(percentile(values.first, 95)).padStart(11)}${ms(percentile(values.second, 95)).padStart(12)}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

function runsOf(byKind: Map<string, Runs>, kind: string): Runs {
  const runs = byKind.get(kind) ?? new Map();
  byKind.set(kind, runs);
  return runs;
}

/** One fresh tab: waits for the last measure of the second run, then files both runs of each step (and their stamps + badge sum). */
async function visit(run: ExtensionBrowser, url: string, into: Runs, last: string): Promise<void> {
  const tab = await run.browser.newPage();
  try {
    await installProbe(tab, new URL(url).origin);
    await tab.goto(url, { waitUntil: 'load' });
    const deadline = Date.now() + WAIT_MS;
    let measures = (await readTimeline(tab)).measures;
    while (Date.now() < deadline && !measures[last]) {
      await new Promise((done) => setTimeout(done, POLL_MS));
      measures = (await readTimeline(tab)).measures;
    }
    const both = (first: string, second: string): [number, number] | null => {
      const a = measures[first]?.duration;
      const b = measures[second]?.duration;
      return a === undefined || b === undefined ? null : [a, b];
    };
    const file = (label: string, pair: [number, number] | null): void => {
      if (!pair) return;
      const runs = into.get(label) ?? { first: [], second: [] };
      runs.first.push(pair[0]);
      runs.second.push(pair[1]);
      into.set(label, runs);
    };
    for (const [label, first, second] of STEPS) file(label, both(first, second));
    const stamps = both('as-of:stamps', 'as-of:warm-stamps');
    const badge = both('as-of:badge', 'as-of:warm-badge');
    if (stamps && badge) file('stamps + badge', [stamps[0] + badge[0], stamps[1] + badge[1]]);
  } finally {
    await tab.close();
  }
}
