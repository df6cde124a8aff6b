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
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PageScore } from './eval/claims-score';
import { meansOf, popupClaims, ratio, scoreLabelledSet } from './eval/labelled-claims';

const REPO_ROOT = resolve(import.meta.dirname, '..');
const verbose = process.argv.includes('--verbose');

const f2 = (x: number): string => x.toFixed(2);

function row(name: string, s: PageScore): string {
  return [name.padEnd(34), f2(ratio(s.strongFound, s.strong)), f2(ratio(s.topHits, s.strong)), f2(ratio(s.listedKeyed, s.listed)),
    String(s.timelessHits).padStart(4), String(s.furnitureHits).padStart(4), String(s.listed).padStart(5), `${s.strong}`.padStart(5)].join('  ');
}

async function main(): Promise<void> {
  console.log(['page'.padEnd(34), 'rec ', 'P@k ', 'prec', 'time', 'furn', ' list', 'strong'].join('  '));
  const results = await scoreLabelledSet();
  const scores = results.map((r) => r.score);
  const times = results.map((r) => r.ms);
  for (const { page, score } of results) {
    console.log(row(page, score));
    if (verbose) {
      for (const key of score.missed) console.log(`    missed: ${key}`);
      for (const text of score.falseFlags) console.log(`    false flag: ${text.slice(0, 140)}`);
    }
  }
  const means = meansOf(scores);
  const sum = (f: (s: PageScore) => number): number => scores.reduce((a, s) => a + f(s), 0);
  console.log('-'.repeat(86));
  console.log(['mean of pages'.padEnd(34), f2(means.recall), f2(means.pAtK), f2(means.precision), f2(means.timeless).padStart(4), f2(means.furniture).padStart(4),
    f2(means.listed).padStart(5)].join('  '));
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
