/**
 * npm run bench:links — link ages (issue 16), two figures:
 * 1. On the labelled pages of ../shared/corpus and ../shared/corpus-wide whose own address states a date
 *    (utils/links/), how often that date agrees with the labelled publish day: within one day at day
 *    precision, the same month at month precision. Disagreements are listed.
 * 2. In Chromium, the page feature's per-link step (address date + mark) over every link of corpus pages:
 *    main-thread ms per 100 links, median and p95. Nothing is fetched but the saved pages themselves.
 *
 *   npm run bench:links [-- --limit 40]
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { addressDate } from '../utils/links/address-date';
import { httpUrl, unwrapAddress } from '../utils/links/redirectors';
import { corpusDir, readCorpus } from './bench/corpus';
import { linkCostRows, linkCostScript, timeLinkCosts } from './bench/link-cost';
import { renderTable } from './bench/table';
import { serveDirectory } from './lib/serve';

const { values: args } = parseArgs({ options: { limit: { type: 'string', default: '40' } } });
// The corpus's reference date, as in the tests and npm run bench.
const NOW = new Date('2026-11-24T12:00:00Z');
const DAY = 86_400_000;

interface Labelled { id: string; url: string; published: string | null }

function manifest(dir: string): Labelled[] {
  const file = join(dir, 'manifest.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Labelled[]) : [];
}

const dirs = [corpusDir(), resolve(corpusDir(), '../corpus-wide')];
let day = 0, dayAgree = 0, month = 0, monthAgree = 0, labelled = 0;
const misses: string[] = [];
for (const dir of dirs) {
  for (const page of manifest(dir)) {
    if (!page.published) continue;
    labelled += 1;
    const url = httpUrl(page.url);
    const found = url ? addressDate(unwrapAddress(url), NOW) : null;
    if (!found) continue;
    const label = page.published.slice(0, 10);
    if (found.precision === 'day') {
      day += 1;
      const gap = Math.abs(Date.parse(found.value) - Date.parse(label)) / DAY;
      if (gap <= 1) dayAgree += 1;
      else misses.push(`${page.id}: address ${found.value} (${found.evidence}), label ${label}`);
    } else {
      month += 1;
      if (label.startsWith(found.value)) monthAgree += 1;
      else misses.push(`${page.id}: address ${found.value} (${found.evidence}), label ${label}`);
    }
  }
}
const pct = (a: number, b: number): string => (b ? `${((a / b) * 100).toFixed(1)} %` : '—');
console.log(`Address dates on ${labelled} labelled pages (${dirs.join(', ')}):`);
console.log(`  day precision:   ${day} pages state a day,   ${dayAgree} within ±1 day of the label: ${pct(dayAgree, day)}`);
console.log(`  month precision: ${month} pages state a month, ${monthAgree} in the label's month:    ${pct(monthAgree, month)}`);
console.log(`  together:        ${pct(dayAgree + monthAgree, day + month)} agree; ${day + month} of ${labelled} pages (${pct(day + month, labelled)}) carry a date in the address`);
for (const miss of misses) console.log(`  disagrees: ${miss}`);

const corpus = readCorpus().slice(0, Number(args.limit));
const server = await serveDirectory(resolve(corpus[0]!.file, '..'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true,
  args: ['--disable-gpu', '--disable-background-networking', '--no-first-run', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
});
try {
  const costs = await timeLinkCosts(browser, corpus.map((p) => server.url(`${p.id}.html`)), await linkCostScript(), NOW);
  const load = loadavg()[0]!.toFixed(1);
  console.log(`\nIn-page cost in ${await browser.version()}, median of 3 passes per page (corpus pages on 127.0.0.1; load average ${load}):\n`);
  console.log(renderTable(linkCostRows(costs)));
} finally {
  await browser.close();
  await server.close();
}
