/**
 * The claims step where readers meet it: in the real popup of a bench build, for corpus articles.
 *
 *   npm run bench:claims -- --popup [--pages 16] [--reps 2] [--trace] [--verbose] [--plain] [--extension DIR ...] [--build-to DIR]
 *
 * Each visit opens the article in a fresh tab, waits for As Of's report, opens popup.html?tab=<id>&parts
 * and reads the popup's own measures: `as-of:claims` (what `npm run bench` reports), its parts
 * (parse, guard, paragraphs, split, tag, view, cues) and the model's load before it; with --trace, the
 * GC and compile time inside the step. --plain opens the popup without `&parts` (no part timing at all),
 * as `npm run bench` does: for a comparison with a build that has no part timing. Without --extension it builds the worktree (mode bench) first.
 * Two or more --extension builds run in browsers side by side, visits interleaved (the order turns
 * each repetition), so a before/after comparison sees the same load on this shared machine.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, type ExtensionBrowser } from '../../lib/browsers';
import { serveDirectory } from '../../lib/serve';
import { buildChrome } from '../build';
import { corpusDir, readCorpus } from '../corpus';
import { median, percentile } from '../stats';
import { visitPopup, type PopupVisit } from './popup-visit';

const REPO_ROOT = resolve(import.meta.dirname, '../../..');
/** Parts printed first, in the step's order; any other measure follows. */
const ORDER = ['claims', 'claims:parse', 'claims:guard', 'claims:paragraphs', 'claims:split', 'claims:tag', 'claims:view', 'claims:cues', 'claims:model', 'claims starts at', 'claims end at'];

const PARTS = ORDER.slice(1, 8);
const ms = (value: number | null): string => (value === null ? '-' : value.toFixed(1)).padStart(7);

function printTable(label: string, visits: readonly PopupVisit[]): void {
  console.log(`\n${label}: ${visits.length} popup openings (ms: median, p95)`);
  const names = [...new Set(visits.flatMap((v) => Object.keys(v.ms)))].sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99));
  for (const name of names) {
    const values = visits.map((v) => v.ms[name]).filter((x): x is number => x !== undefined);
    console.log(`  ${name.padEnd(24)} ${ms(median(values))} ${ms(percentile(values, 95))}`);
  }
  // What the step spends outside its timed parts (GC, the scan's own bookkeeping).
  const rest = visits.filter((v) => v.ms['claims:tag'] !== undefined).map((v) => v.ms.claims! - PARTS.reduce((a, p) => a + (v.ms[p] ?? 0), 0));
  if (rest.length > 0) console.log(`  ${'claims outside parts'.padEnd(24)} ${ms(median(rest))} ${ms(percentile(rest, 95))}`);
  const traced = visits.flatMap((v) => (v.trace ? [v.trace] : []));
  if (traced.length === 0) return;
  console.log(`  inside the step, from the trace (${traced.length} traced; ms per event name: median, p95, mean):`);
  const events = [...new Set(traced.flatMap((t) => Object.keys(t.inStep)))];
  const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const rows = events.map((name) => ({ name, values: traced.map((t) => t.inStep[name] ?? 0) })).sort((a, b) => mean(b.values) - mean(a.values));
  for (const { name, values } of rows.slice(0, 14)) console.log(`    ${name.padEnd(30)} ${ms(median(values))} ${ms(percentile(values, 95))} ${ms(mean(values))}`);
  console.log(`    ${'GC in the popup before the step'.padEnd(30)} ${ms(median(traced.map((t) => t.gcBefore)))} ${ms(percentile(traced.map((t) => t.gcBefore), 95))}`);
}

/** The same page and repetition opened with both builds one after the other: the ratio cancels most of the machine's swings. */
function printPaired(base: string, other: string, ratios: readonly number[]): void {
  const faster = ratios.filter((r) => r < 1).length;
  console.log(`\n${other} against ${base}, paired by page and repetition (${ratios.length} pairs):`);
  console.log(`  as-of:claims ratio: median ${median(ratios)?.toFixed(2)}, quartiles ${percentile(ratios, 25)?.toFixed(2)} to ${percentile(ratios, 75)?.toFixed(2)}; faster in ${faster} of ${ratios.length}`);
}

export async function benchClaimsInPopup(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv, strict: false,
    options: { pages: { type: 'string', default: '16' }, reps: { type: 'string', default: '2' }, trace: { type: 'boolean' }, verbose: { type: 'boolean' }, plain: { type: 'boolean' }, extension: { type: 'string', multiple: true }, 'build-to': { type: 'string' } },
  });
  const log = (message: string): void => void process.stderr.write(`[claims in popup] ${message}\n`);
  let builds = (values.extension as string[] | undefined)?.map((dir) => resolve(dir)) ?? [];
  if (builds.length === 0 || values['build-to']) {
    const out = resolve(String(values['build-to'] ?? join(REPO_ROOT, process.env.AS_OF_OUT ?? '.output', 'bench-popup')));
    log(`building the worktree (mode bench) into ${out}`);
    builds = [...builds, await buildChrome(out)];
  }
  const pages = readCorpus().slice(0, Number(values.pages));
  const reps = Number(values.reps);
  const server = await serveDirectory(join(corpusDir(), 'pages'));
  const runs: ExtensionBrowser[] = [];
  const visits: PopupVisit[][] = builds.map(() => []);
  /** The step's ms per build for each (page, repetition), for paired ratios. */
  const pairs: (number | undefined)[][] = [];
  try {
    for (const build of builds) runs.push(await launchChromium({ extensionPath: build }));
    for (const [i, page] of pages.entries()) {
      log(`${i + 1}/${pages.length} ${page.id}`);
      for (let rep = 0; rep < reps; rep += 1) {
        const pair: (number | undefined)[] = [];
        pairs.push(pair);
        for (let k = 0; k < runs.length; k += 1) {
          const which = (k + rep + i) % runs.length;
          const visit = await visitPopup(runs[which]!, server.url(`${page.id}.html`), Boolean(values.trace), !values.plain);
          if (visit) visits[which]!.push(visit);
          pair[which] = visit?.ms.claims;
          if (visit && values.verbose) log(`  ${builds[which]!.split('/').slice(-2, -1)[0]}: ${Object.entries(visit.ms).filter(([k]) => !k.endsWith(' at')).map(([k, v]) => `${k.replace('claims:', '')} ${v.toFixed(1)}`).join(', ')}`);
        }
      }
    }
  } finally {
    for (const run of runs) await run.close().catch(() => undefined);
    await server.close();
  }
  builds.forEach((build, k) => printTable(build, visits[k]!));
  for (let k = 1; k < builds.length; k += 1) printPaired(builds[0]!, builds[k]!, pairs.flatMap((p) => (p[0] && p[k] ? [p[k]! / p[0]] : [])));
}
