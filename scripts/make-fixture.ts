/**
 * Makes a date fixture case from a saved page: test/fixtures/dates/<CASE>/{source.html, expected.json},
 * which test/unit/date-fixtures.test.ts then checks on every run.
 *
 *   npm run make:fixture -- FILE.html --name CASE [--url URL] [--now ISO-DATE] [--note TEXT]
 *                           [--published YYYY-MM-DD|none] [--yes]
 *
 * How to add a case (e.g. after fixing a miss):
 *   1. Trim the page to a small synthetic one that still shows the pattern: corpus pages are the
 *      publishers' copyrighted text, so keep only the markup around the date and write your own words.
 *      Keep the page's real structure (classes, nesting, meta, JSON-LD) and its encoding.
 *   2. Run this script on it. It prints what As Of reads on the page (article verdict, publish and
 *      updated stamps with evidence, notice) and the expected.json it would write, then asks to
 *      confirm (--yes skips the question; without a terminal it writes nothing unless --yes).
 *   3. If As Of is still wrong on it, pass the right answer: `--published 2021-03-03` (or `none` for a
 *      page that should show no date); the test then fails until the analyser is fixed.
 *   4. Run `npx vitest run test/unit/date-fixtures.test.ts`, then commit the folder.
 * CASE is a short slug naming the pattern, e.g. `de-stand-label`, `wp-entry-date-updated-published`.
 * --now defaults to 2026-11-24T12:00:00Z (the tests' reference day); --url to https://example.org/CASE.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { analyzeDates } from '../utils/analyze-dates';
import type { PageReport } from '../utils/report';
import { expectationOf, FIXTURES_DIR, type ExpectedCase } from './bench/dates/fixture-case';
import { loadPageFile } from './lib/load-document';

interface Options { file: string; name: string; url: string; now: Date; note: string; published?: string; yes: boolean }

const USAGE = 'usage: npm run make:fixture -- FILE.html --name CASE [--url URL] [--now ISO-DATE] [--note TEXT] [--published YYYY-MM-DD|none] [--yes]';

function parseArgs(argv: string[]): Options {
  const files: string[] = [];
  const named: Record<string, string> = {};
  let yes = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--yes' || arg === '-y') yes = true;
    else if (['--name', '--url', '--now', '--note', '--published'].includes(arg)) named[arg.slice(2)] = argv[++i] ?? fail(`${arg} needs a value`);
    else if (arg.startsWith('-')) fail(`unknown option ${arg}`);
    else files.push(arg);
  }
  const name = named.name ?? fail('--name CASE is required');
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) fail('CASE is a lower-case slug: letters, digits, dashes');
  if (files.length !== 1) fail('give exactly one saved page');
  const now = new Date(named.now ?? '2026-11-24T12:00:00Z');
  if (Number.isNaN(now.getTime())) fail(`--now needs an ISO date, got "${named.now ?? ''}"`);
  if (named.published && named.published !== 'none' && !/^\d{4}-\d{2}-\d{2}$/.test(named.published)) fail('--published takes YYYY-MM-DD or none');
  return { file: files[0]!, name, url: named.url ?? `https://example.org/${name}`, now, note: named.note ?? '', published: named.published, yes };
}

function fail(message: string): never {
  process.stderr.write(`make:fixture: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function summary(report: PageReport, encoding: string): string {
  const stamp = (label: string, s: PageReport['published']): string =>
    s ? `${label}: ${s.value} (${s.precision}, ${s.source} at ${s.location}, conf ${s.confidence}) «${s.evidence.slice(0, 100)}»` : `${label}: none`;
  return [
    `encoding: ${encoding}`,
    `article: ${report.article.isArticle ? 'yes' : 'no'} (${report.article.reasons.join('; ')})`,
    stamp('published', report.published),
    ...report.published?.disagreements.map((d) => `  disagrees: ${d}`) ?? [],
    stamp('updated', report.updated),
    `notice: ${report.notice ? `${report.notice.kind} «${report.notice.text.slice(0, 100)}»` : 'none'}`,
    `age shown: ${report.age ? `${report.age.bound} ${report.age.count} ${report.age.unit}(s) from ${report.age.from}` : 'none'}`,
    ...report.problems.map((p) => `problem: ${p}`),
  ].join('\n');
}

/** --published overrides what As Of reads today with the right answer (the case fails until it is fixed). */
function withOverride(expected: ExpectedCase, published: string | undefined): ExpectedCase {
  if (!published) return expected;
  if (published === 'none') return { ...expected, published: null };
  return { ...expected, isArticle: true, published: { day: published, precision: 'day', source: expected.published?.source ?? 'byline' } };
}

async function confirmed(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question(question);
  rl.close();
  return /^y(es)?$/i.test(answer.trim());
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const { document, encoding, close } = loadPageFile(options.file, options.url);
  const { report } = analyzeDates(document, { url: options.url, now: options.now });
  await close();
  const expected = withOverride(expectationOf(report, options.note), options.published);
  const dir = join(FIXTURES_DIR, options.name);
  process.stdout.write(`${summary(report, encoding)}\n\nexpected.json:\n${JSON.stringify(expected, null, 2)}\n\n`);
  if (!expected.note) process.stdout.write('(no --note: say in a sentence which pattern this case shows)\n');
  const replace = existsSync(dir) ? ' (replacing the existing case)' : '';
  if (!options.yes && !(await confirmed(`Write ${dir}${replace}? [y/N] `))) {
    process.stdout.write(process.stdin.isTTY ? 'Nothing written.\n' : 'Nothing written (no terminal to confirm: pass --yes).\n');
    return;
  }
  mkdirSync(dir, { recursive: true });
  copyFileSync(options.file, join(dir, 'source.html'));
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  process.stdout.write(`Wrote ${dir}. Check it: npx vitest run test/unit/date-fixtures.test.ts\n`);
}

await main();
