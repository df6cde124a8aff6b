/**
 * Publish-date benchmark over both labelled corpora: what As Of's badge shows against metascraper-date.
 *
 *   npm run bench:dates [-- --corpus wide|narrow|all] [--no-peers] [--readability]
 *                       [--misses | --no-misses | --verbose] [--only ID-PART]... [--json FILE] [--chromium]
 *
 * Pages are read as Chromium reads them (scripts/lib/load-document.ts). "Ours" is the day the badge
 * shows: the publish stamp on a page judged an article (on one that states only its last update, that
 * update, which the badge ages the page from and labels so), else none (a home page or a listing should get
 * no date; corpus-wide labels two such pages `null`, where "no date" is the right answer).
 * Prints, per corpus and overall: within one day of the label, exact day, no date, wrong date, and the
 * median / 95th-percentile milliseconds per page; the Node-side ratio to metascraper-date; then every
 * page we miss or get wrong with the signals the page itself carries, so a label can be judged on it.
 * `--chromium` prints instead the in-page cost: the stamps + notice step and each detector, cold and warm;
 * `--against REV` adds the step as utils/ was at a git revision, timed on the same pages in the same run.
 * `--json FILE` writes per-page results (id, label, ours, verdict, …) to diff two runs.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseBenchArgs } from './bench/dates/args';
import { readLabelledCorpus, type CorpusName } from './bench/dates/corpus';
import { chromiumTable, timeDatesInChromium } from './bench/dates/in-chromium';
import { runPage, type PageResult } from './bench/dates/run-page';
import { figures, percentile, table, type Figures } from './bench/dates/score';

const NOW = new Date('2026-11-24T12:00:00Z');
const CORPUS_TITLE: Record<CorpusName, string> = { narrow: 'corpus (shared/corpus)', wide: 'corpus-wide (shared/corpus-wide)' };

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  if (options.chromium) return inChromium(options.corpora, options.only, options.against);
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  const results: PageResult[] = [];
  const wall: Partial<Record<CorpusName, number>> = {};
  for (const corpus of options.corpora) {
    const t0 = performance.now();
    const pages = readLabelledCorpus(corpus).filter((p) => options.only.length === 0 || options.only.some((part) => p.id.includes(part)));
    for (const page of pages) results.push(await runPage(page, { now: NOW, peers: options.peers, readability: options.readability }));
    wall[corpus] = performance.now() - t0;
  }

  const out = (text: string): boolean => process.stdout.write(text);
  out(`Publish day shown by the badge (now = ${NOW.toISOString().slice(0, 10)})\n`);
  const groups: [string, PageResult[]][] = options.corpora.map((c) => [CORPUS_TITLE[c], results.filter((r) => r.corpus === c)]);
  if (groups.length > 1) groups.push(['overall', results]);
  for (const [title, rows] of groups) out(`\n${title}: ${rows.length} pages\n${table(extractors(rows))}\n`);

  const ours = results.map((r) => r.ms);
  const peer = results.map((r) => r.peers['metascraper-date']?.ms).filter((ms): ms is number => ms !== undefined);
  if (peer.length) {
    const ratio = percentile(ours, 50) / Math.max(1e-9, percentile(peer, 50));
    out(`\nNode-side time per page, median: As Of ${percentile(ours, 50).toFixed(2)} ms, metascraper-date ${percentile(peer, 50).toFixed(2)} ms (ratio ${ratio.toFixed(2)})\n`);
  }
  const timing = options.corpora.map((c) => `${c} ${((wall[c] ?? 0) / 1000).toFixed(1)} s`).join(', ');
  const cpu = process.cpuUsage(cpuAtStart);
  out(`Wall time ${((performance.now() - started) / 1000).toFixed(1)} s (${timing}), CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s; reading + parsing a page, median ${percentile(results.map((r) => r.loadMs), 50).toFixed(1)} ms\n`);
  const errors = results.filter((r) => r.error);
  if (errors.length) out(`Pages that failed to load or analyse: ${errors.length}\n${errors.map((r) => `  ${r.id}: ${r.error}`).join('\n')}\n`);

  if (options.misses !== 'none') listPages(results, options.misses === 'all', out);
  if (options.json) {
    const pages = results.map(({ corpus, id, label, ours: day, verdict, stamp, stampVerdict, publishedVerdict, isArticle, encoding, peers }) => ({
      corpus, id, label, ours: day, verdict, stamp, stampVerdict, publishedVerdict, isArticle, encoding,
      metascraper: peers['metascraper-date']?.day ?? null,
    }));
    writeFileSync(options.json, `${JSON.stringify({ now: NOW.toISOString(), corpora: options.corpora, pages }, null, 1)}\n`);
    out(`\nPer-page results written to ${options.json}\n`);
  }
}

/** `--chromium`: the stamps + notice step and each detector timed in headless Chromium, cold (first call on a fresh page) and warm. */
async function inChromium(corpora: CorpusName[], only: string[], against?: string): Promise<void> {
  const pages = corpora.flatMap((c) => readLabelledCorpus(c)).filter((p) => only.length === 0 || only.some((part) => p.id.includes(part)));
  const rows = await timeDatesInChromium(pages, NOW.toISOString(), against);
  process.stdout.write(`Stamps + notice in headless Chromium, ${rows.length} pages (${corpora.join(' + ')}), page scripts blocked\n${chromiumTable(rows, percentile)}`);
  const slowest = [...rows].sort((a, b) => b.cold - a.cold).slice(0, 5);
  const top = (ms: Record<string, number>): string => Object.entries(ms).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([n, v]) => `${n} ${v.toFixed(1)}`).join(', ');
  process.stdout.write(`Slowest cold:\n${slowest.map((r) => `  ${r.id} ${r.cold.toFixed(1)} ms (${top(r.detectorsCold)}; warm ${top(r.detectorsWarm)})`).join('\n')}\n`);
}

/** The table's rows: the badge, the stamp alone (whatever the article verdict), then each peer. */
function extractors(rows: PageResult[]): Figures[] {
  const times = rows.map((r) => r.ms);
  const list = [
    figures('As Of (badge: article + stamps + notice)', rows.map((r) => r.verdict), times),
    figures('As Of, publish stamps only (update-only pages as none)', rows.map((r) => r.publishedVerdict), times),
    figures('As Of stamp on any page', rows.map((r) => r.stampVerdict), times),
  ];
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.peers)))];
  for (const name of names) {
    const answered = rows.filter((r) => r.peers[name]);
    list.push(figures(name, answered.map((r) => r.peers[name]!.verdict), answered.map((r) => r.peers[name]!.ms)));
  }
  return list;
}

function listPages(results: PageResult[], every: boolean, out: (text: string) => boolean): void {
  const line = (r: PageResult): string => `  ${r.verdict.padEnd(6)} ${r.id}: label ${r.label ?? 'none'}, ours ${r.ours ?? '-'} — ${r.note}\n`;
  const misses = results.filter((r) => every || (r.verdict !== 'exact' && r.verdict !== 'near'));
  out(every ? '\nEvery page:\n' : '\nPages we miss or get wrong (label vs ours, with our evidence):\n');
  for (const r of misses) out(line(r));
  const nears = results.filter((r) => r.verdict === 'near');
  if (!every && nears.length) out(`One day off (time zone or print-vs-web day):\n${nears.map(line).join('')}`);
}

await main();
