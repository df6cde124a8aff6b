/**
 * npm run bench:compare -- --against REV — the content script's critical path (stamps + notice, the
 * report to the background, the badge: main-thread busy time from a DevTools trace, as `npm run bench`
 * sums it) for this working tree and for the build of git revision REV, on the same corpus pages in the
 * same run. The two builds take turns (each page opened in a fresh tab by one, then the other, the order
 * alternating), so a machine busy with other work slows both alike: the fair way to judge one change.
 *
 *   npm run bench:compare -- --against HEAD~3 --limit 20 --rounds 2
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'wxt';
import { launchChromium, type ExtensionBrowser } from '../lib/browsers';
import { serveDirectory } from '../lib/serve';
import { buildChrome } from './build';
import { readCorpus } from './corpus';
import { installProbe, readTimeline } from './page-probe';
import { median, percentile } from './stats';
import { startTrace, stopTrace } from './trace';
import { STEPS } from './visit';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  options: { against: { type: 'string' }, 'no-trace': { type: 'boolean', default: false }, limit: { type: 'string', default: '20' }, rounds: { type: 'string', default: '2' } },
});
if (!args.against) throw new Error('Usage: npm run bench:compare -- --against <git revision>');
const WAIT_MS = 4_000;
const traced = !args['no-trace'];
const PARTS = { stamps: STEPS.stamps, words: STEPS.words, badge: STEPS.badge, article: STEPS.decide } as const;
type Part = keyof typeof PARTS | 'critical' | 'script';

const work = mkdtempSync(join(tmpdir(), 'as-of-compare-'));
const tree = join(work, 'rev');
try {
  process.stderr.write(`building this tree and ${args.against}\n`);
  const current = await buildChrome(join(work, 'now'));
  execFileSync('git', ['-C', REPO_ROOT, 'worktree', 'add', '--detach', tree, args.against], { stdio: 'ignore' });
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(tree, 'node_modules'));
  await build({ root: tree, outDir: join(work, 'before'), browser: 'chrome', manifestVersion: 3, mode: 'bench', logger: silentLogger() });
  const before = join(work, 'before', 'chrome-mv3-bench');
  const corpus = readCorpus().slice(0, Number(args.limit));
  const server = await serveDirectory(resolve(corpus[0]!.file, '..'));
  const runs = { before: await launchChromium({ extensionPath: before }), now: await launchChromium({ extensionPath: current }) };
  const times = { before: new Map<Part, number[]>(), now: new Map<Part, number[]>() };
  try {
    for (let round = 0; round < Number(args.rounds); round += 1) {
      for (const [i, page] of corpus.entries()) {
        const order = (i + round) % 2 === 0 ? (['before', 'now'] as const) : (['now', 'before'] as const);
        for (const which of order) visit(await timeVisit(runs[which], server.url(`${page.id}.html`)), times[which]);
      }
    }
  } finally {
    await runs.before.close();
    await runs.now.close();
    await server.close();
  }
  console.log(`Content script, main-thread busy ms (${traced ? 'trace' : 'the steps\' own measures, no trace'}), ${args.against} against this tree, ${corpus.length} corpus pages × ${args.rounds}`);
  console.log(`${'step'.padEnd(34)}${'before p50'.padStart(11)}${'now p50'.padStart(9)}${'before p95'.padStart(11)}${'now p95'.padStart(9)}`);
  for (const part of ['article', 'stamps', 'words', 'badge', 'critical', 'script'] as Part[]) {
    const b = times.before.get(part) ?? [];
    const n = times.now.get(part) ?? [];
    const f = (v: number | null): string => (v === null ? '—' : v.toFixed(2));
    const label = part === 'critical' ? 'stamps + words + badge' : part === 'script' ? 'script evaluation' : part;
    console.log(`${`${label} (n=${n.length})`.padEnd(34)}${f(median(b)).padStart(11)}${f(median(n)).padStart(9)}${f(percentile(b, 95)).padStart(11)}${f(percentile(n, 95)).padStart(9)}`);
  }
} finally {
  try {
    execFileSync('git', ['-C', REPO_ROOT, 'worktree', 'remove', '--force', tree], { stdio: 'ignore' });
  } catch {
    // Never added: nothing to remove.
  }
  rmSync(work, { recursive: true, force: true });
}

function visit(found: Map<Part, number> | null, into: Map<Part, number[]>): void {
  for (const [part, ms] of found ?? []) into.set(part, [...(into.get(part) ?? []), ms]);
}

/** One fresh tab: the busy time of each step's measure, their critical sum, and the script's evaluation. */
async function timeVisit(run: ExtensionBrowser, url: string): Promise<Map<Part, number> | null> {
  const tab = await run.browser.newPage();
  try {
    await installProbe(tab, new URL(url).origin);
    if (traced) await startTrace(tab);
    await tab.goto(url, { waitUntil: 'load' });
    const deadline = Date.now() + WAIT_MS;
    while (Date.now() < deadline && !(await readTimeline(tab)).measures[STEPS.badge]) await new Promise((done) => setTimeout(done, 50));
    // Without a trace (--no-trace: no tracing overhead), each step's own measure: the steps are synchronous, so wall is busy.
    const { measures } = await readTimeline(tab);
    const trace = traced ? await stopTrace(tab, run.extensionOrigin) : null;
    const busy: Record<string, number> = trace?.busy ?? Object.fromEntries(Object.entries(measures).map(([name, m]) => [name, m.duration]));
    if (!busy[STEPS.stamps]) return null;
    const found = new Map<Part, number>();
    for (const [part, name] of Object.entries(PARTS) as [keyof typeof PARTS, string][]) if (busy[name] !== undefined) found.set(part, busy[name]);
    found.set('critical', (found.get('stamps') ?? 0) + (found.get('words') ?? 0) + (found.get('badge') ?? 0));
    if (trace) found.set('script', trace.scriptMs);
    return found;
  } finally {
    await tab.close();
  }
}

function silentLogger(): NonNullable<Parameters<typeof build>[0]>['logger'] {
  const silent = (): void => undefined;
  return { debug: silent, log: silent, info: silent, success: silent, warn: silent, error: (...a: unknown[]) => console.error(...a), fatal: (...a: unknown[]) => console.error(...a), level: 0 };
}
