/**
 * npm run bench:profile — where the content script's main-thread time goes on an article's first visit.
 * Builds the Chrome extension in bench mode without minifying (names stay readable), opens corpus pages
 * each in a fresh tab, samples the renderer's JS with the CPU profiler from before navigation until the
 * badge is mounted, and prints the content script's functions by self time (summed over the pages),
 * with V8's own buckets ("(garbage collector)", "(program)") seen inside the same window.
 *
 *   npm run bench:profile -- --limit 15 [--top 40] [--extension DIR]
 *   npm run bench:profile -- --step as-of:stamps    # one step only (its own marks), self and inclusive, and its compile time
 *   npm run bench:profile -- --step as-of:article --generated --limit 12   # the bench's four non-article pages, in turn
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Protocol } from 'puppeteer-core';
import { launchChromium, type ExtensionBrowser } from '../lib/browsers';
import { serveDirectory } from '../lib/serve';
import { buildChrome } from './build';
import { readCorpus } from './corpus';
import { installProbe, readTimeline } from './page-probe';
import { writeBenchPages } from './pages';
import { addStepSamples, startStepTrace, type StepSamples } from './step-profile';

const { values: args } = parseArgs({
  options: {
    limit: { type: 'string', default: '15' }, top: { type: 'string', default: '40' }, extension: { type: 'string' }, step: { type: 'string' },
    generated: { type: 'boolean', default: false }, // the generated non-article pages of npm run bench instead of the corpus
  },
});
const SAMPLE_US = 50;
const WAIT_MS = 5_000;

const work = mkdtempSync(join(tmpdir(), 'as-of-profile-'));
process.env.AS_OF_READABLE = '1';
try {
  const extensionPath = args.extension ? resolve(args.extension) : await buildChrome(join(work, 'build'));
  const generated = args.generated ? writeBenchPages(join(work, 'pages')) : [];
  const corpus = readCorpus();
  const server = await serveDirectory(args.generated ? join(work, 'pages') : resolve(corpus[0]!.file, '..'));
  const run = await launchChromium({ extensionPath });
  // The four generated pages in turn up to --limit visits; else the first --limit corpus pages.
  const files = args.generated
    ? Array.from({ length: Number(args.limit) }, (_, i) => generated[i % generated.length]!.file)
    : corpus.slice(0, Number(args.limit)).map((page) => `${page.id}.html`);
  const urls = files.map((file) => server.url(file));
  try {
    if (args.step) await profileStep(run, urls, args.step, Number(args.top));
    else await profileWhole(run, urls, Number(args.top));
  } finally {
    await run.close();
    await server.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Without `--step`: the content script's self time, by function, on each page in a fresh tab (CPU profiler). */
async function profileWhole(run: ExtensionBrowser, urls: string[], top: number): Promise<void> {
  const self = new Map<string, number>();
  let windowMs = 0;
  let measured = 0;
  for (const url of urls) {
    const tab = await run.browser.newPage();
    try {
      await installProbe(tab, new URL(url).origin);
      const cdp = await tab.createCDPSession();
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
      await cdp.send('Profiler.start');
      await tab.goto(url, { waitUntil: 'load' });
      const deadline = Date.now() + WAIT_MS;
      let measures: Record<string, { start: number; duration: number }> = {};
      while (Date.now() < deadline) {
        measures = (await readTimeline(tab)).measures;
        if (measures['as-of:badge'] || (measures['as-of:article'] && Date.now() > deadline - WAIT_MS + 1500)) break;
        await new Promise((done) => setTimeout(done, 50));
      }
      const { profile } = await cdp.send('Profiler.stop');
      const steps = Object.values(measures);
      if (steps.length === 0) continue;
      measured += 1;
      windowMs += addProfile(profile, run.extensionOrigin, self);
    } finally {
      await tab.close();
    }
  }
  const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.log(`Content script self time over ${measured} article visits (${(windowMs / measured).toFixed(1)} ms per visit in As Of's frames and V8's buckets while they ran)`);
  for (const [name, ms] of rows) console.log(`${(ms / measured).toFixed(2).padStart(8)} ms/visit  ${name}`);
}

/** `--step`: each page in a fresh tab, traced; the step's own samples, summed over the pages. */
async function profileStep(run: ExtensionBrowser, urls: string[], step: string, top: number): Promise<void> {
  const found: StepSamples = { self: new Map(), inclusive: new Map(), sampledMs: 0, compileMs: 0 };
  let visits = 0;
  for (const url of urls) {
    const tab = await run.browser.newPage();
    try {
      await installProbe(tab, new URL(url).origin);
      await startStepTrace(tab);
      await tab.goto(url, { waitUntil: 'load' });
      const deadline = Date.now() + WAIT_MS;
      while (Date.now() < deadline && !(await readTimeline(tab)).measures[step]) await new Promise((done) => setTimeout(done, 50));
      if (await addStepSamples(tab, step, found)) visits += 1;
    } finally {
      await tab.close();
    }
  }
  const per = (ms: number): string => `${(ms / Math.max(1, visits)).toFixed(2).padStart(8)} ms/visit`;
  console.log(`${step} on ${visits} ${args.generated ? 'non-article' : 'article'} visits: ${per(found.sampledMs).trim()} sampled, of which V8 compiling code lazily ${per(found.compileMs).trim()}`);
  for (const [title, map] of [['self time', found.self], ['inclusive time (itself and what it called)', found.inclusive]] as const) {
    console.log(`\n${title}`);
    for (const [name, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${per(ms)}  ${name}`);
  }
}

/**
 * Adds each sample's self time to its function when the sample's stack holds a frame of the extension,
 * or, for V8's own buckets (GC, compile shown as "(program)"), when the previous sample did. Returns the ms added.
 */
function addProfile(profile: Protocol.Profiler.Profile, origin: string, into: Map<string, number>): number {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = (id: number): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) if (nodes.get(at)?.callFrame.url.startsWith(origin)) return true;
    return false;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const mine = samples.map((id) => ours(id));
  const name = (id: number): string => nodes.get(id)!.callFrame.functionName || '(anonymous)';
  const isBucket = (id: number): boolean => name(id).startsWith('(');
  // A bucket sample (GC, "(program)": compiling, regexp compile) counts when the nearest JS samples on both sides are ours.
  const nearestOurs = (from: number, step: 1 | -1): boolean => {
    for (let j = from + step; j >= 0 && j < samples.length; j += step) if (!isBucket(samples[j]!) || name(samples[j]!) === '(idle)') return mine[j]!;
    return false;
  };
  let added = 0;
  for (let i = 0; i < samples.length; i += 1) {
    const id = samples[i]!;
    const node = nodes.get(id)!;
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const bucket = isBucket(id);
    if (!mine[i] && !(bucket && name(id) !== '(idle)' && nearestOurs(i, -1) && nearestOurs(i, 1))) continue;
    const where = node.callFrame.url.startsWith(origin) ? `:${node.callFrame.lineNumber + 1}` : node.callFrame.url ? ` [${node.callFrame.url.slice(0, 40)}]` : '';
    const key = `${name(id)}${where}`;
    into.set(key, (into.get(key) ?? 0) + ms);
    added += ms;
  }
  return added;
}
