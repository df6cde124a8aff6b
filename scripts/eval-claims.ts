/**
 * Claims quality against the hand labels of ../shared/claims-labels (see its README for the rules
 * and the scoring), on the corpus pages read the way the popup reads them: the page's claims source
 * (utils/claims/claims-source.ts) parsed again, then analyzeClaims with the manifest's publish label.
 *
 *   npm run eval:claims [-- --verbose]
 *
 * Prints per page and as means (and micro totals): recall of strong sentences, P@k (k = strong
 * sentences), list precision, timeless and furniture hits, list length. The seed page has no labels:
 * its list length is printed apart.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeClaims } from '../utils/analyze-claims';
import { claimsSource } from '../utils/claims/claims-source';
import type { Claim, StampFinding } from '../utils/report';
import { corpusDir, readCorpus } from './bench/corpus';
import { scorePage, type ClaimLabels, type PageScore } from './eval/claims-score';
import { loadDocument } from './lib/load-document';

const NOW = new Date('2026-11-24T12:00:00Z');
const REPO_ROOT = resolve(import.meta.dirname, '..');
const LABELS_DIR = process.env.AS_OF_CLAIMS_LABELS ?? resolve(REPO_ROOT, '../shared/claims-labels');
const verbose = process.argv.includes('--verbose');

/** The publish stamp as the report would carry it, from the manifest's label. */
function publishedFrom(label: string): StampFinding {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(label)?.[0] ?? null;
  return { value: label, day, precision: day ? 'day' : 'year', source: 'meta', evidence: label, location: 'manifest', confidence: 1, disagreements: [] };
}

/** The popup's path: the page hands over its claims source, the popup parses it and runs analyzeClaims. */
async function popupClaims(html: string, url: string, published: StampFinding | null): Promise<{ claims: Claim[]; ms: number }> {
  const page = loadDocument(html, url);
  const source = claimsSource(page.document);
  await page.close();
  const popup = loadDocument(source, url);
  const t0 = performance.now();
  const { claims } = analyzeClaims(popup.document, published, NOW);
  const ms = performance.now() - t0;
  await popup.close();
  return { claims, ms };
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f2 = (x: number): string => x.toFixed(2);

function row(name: string, s: PageScore): string {
  return [name.padEnd(34), f2(ratio(s.strongFound, s.strong)), f2(ratio(s.topHits, s.strong)), f2(ratio(s.listedKeyed, s.listed)),
    String(s.timelessHits).padStart(4), String(s.furnitureHits).padStart(4), String(s.listed).padStart(5), `${s.strong}`.padStart(5)].join('  ');
}

async function main(): Promise<void> {
  const pages = new Map(readCorpus().map((p) => [p.id, p]));
  const files = readdirSync(LABELS_DIR).filter((f) => f.endsWith('.json')).sort();
  const scores: PageScore[] = [];
  const times: number[] = [];
  console.log(['page'.padEnd(34), 'rec ', 'P@k ', 'prec', 'time', 'furn', ' list', 'strong'].join('  '));
  for (const file of files) {
    const labels = JSON.parse(readFileSync(join(LABELS_DIR, file), 'utf8')) as ClaimLabels;
    const page = pages.get(labels.page);
    if (!page) throw new Error(`${labels.page} is not in the corpus manifest at ${corpusDir()}`);
    const { claims, ms } = await popupClaims(readFileSync(page.file, 'utf8'), page.url, publishedFrom(labels.published));
    times.push(ms);
    const score = scorePage(claims, labels);
    scores.push(score);
    console.log(row(labels.page, score));
    if (verbose) {
      for (const key of score.missed) console.log(`    missed: ${key}`);
      for (const text of score.falseFlags) console.log(`    false flag: ${text.slice(0, 140)}`);
    }
  }
  const mean = (f: (s: PageScore) => number): number => scores.reduce((a, s) => a + f(s), 0) / scores.length;
  const sum = (f: (s: PageScore) => number): number => scores.reduce((a, s) => a + f(s), 0);
  console.log('-'.repeat(86));
  console.log(['mean of pages'.padEnd(34), f2(mean((s) => ratio(s.strongFound, s.strong))), f2(mean((s) => ratio(s.topHits, s.strong))),
    f2(mean((s) => ratio(s.listedKeyed, s.listed))), f2(mean((s) => s.timelessHits)).padStart(4), f2(mean((s) => s.furnitureHits)).padStart(4),
    f2(mean((s) => s.listed)).padStart(5)].join('  '));
  const listed = sum((s) => s.listed);
  console.log(['micro totals'.padEnd(34), f2(ratio(sum((s) => s.strongFound), sum((s) => s.strong))), f2(ratio(sum((s) => s.topHits), sum((s) => s.strong))),
    f2(ratio(sum((s) => s.listedKeyed), listed)), String(sum((s) => s.timelessHits)).padStart(4), String(sum((s) => s.furnitureHits)).padStart(4),
    String(listed).padStart(5), String(sum((s) => s.strong)).padStart(5)].join('  '));
  console.log(`timeless hits ${f2(ratio(sum((s) => s.timelessHits), listed) * 100)} % of listed, furniture hits ${f2(ratio(sum((s) => s.furnitureHits), listed) * 100)} % of listed`);
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`claims step (happy-dom, popup path): median ${f2(sorted[Math.floor(sorted.length / 2)] ?? 0)} ms, max ${f2(sorted.at(-1) ?? 0)} ms`);
  const seed = await popupClaims(readFileSync(resolve(REPO_ROOT, 'seeds/archived-article.html'), 'utf8'), 'http://127.0.0.1/archived-article.html', null);
  console.log(`seed page (no labels; publish year only in the page): ${seed.claims.length} claims listed`);
}

await main();
