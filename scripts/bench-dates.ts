/**
 * Publish-date benchmark over the labelled corpus (shared/corpus): As Of's stamps against its JS peers.
 *
 *   npm run bench:dates [-- --verbose] [-- --no-peers]
 *
 * Prints, per extractor: publish day within one day of the label, exact day, no date, wrong date,
 * and the median / 95th-percentile milliseconds per page. Then lists every page we get wrong or miss,
 * with the evidence our extractor used, so a disagreement with a label can be judged on the page.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { findNotice } from '../utils/notice/find-notice';
import { findStamps } from '../utils/stamps/find-stamps';
import type { StampCandidate } from '../utils/stamps/candidate';
import { readLabelledCorpus } from './bench/dates/corpus';
import { metascraperDay, readabilityDay, type PeerAnswer } from './bench/dates/peers';
import { figures, judge, table, type Verdict } from './bench/dates/score';
import { loadDocument } from './lib/load-document';

const NOW = new Date('2026-11-24T12:00:00Z');
const verbose = process.argv.includes('--verbose');
const withPeers = !process.argv.includes('--no-peers');

interface Row { id: string; labelDay: string; ours: Verdict; ourDay: string | null; note: string; ms: number }

async function main(): Promise<void> {
  const pages = readLabelledCorpus();
  const rows: Row[] = [];
  const peerVerdicts: Record<string, Verdict[]> = { 'metascraper-date': [], 'Readability publishedTime': [] };
  const peerTimes: Record<string, number[]> = { 'metascraper-date': [], 'Readability publishedTime': [] };
  for (const page of pages) {
    const html = readFileSync(page.file, 'utf8');
    const { document, close } = loadDocument(html, page.url);
    // Warm once so the timed run measures the steady state, as in a page's content script after load.
    findStamps(document, page.url, NOW, findNotice(document, page.url));
    const t0 = performance.now();
    const notice = findNotice(document, page.url);
    const stamps = findStamps(document, page.url, NOW, notice);
    const ms = performance.now() - t0;
    await close();
    const p = stamps.published;
    const ourDay = p ? (p.day ?? p.value) : null;
    const note = p ? `${p.source} ${p.location}: ${p.evidence.slice(0, 90)} (conf ${p.confidence}${p.disagreements.length ? `; disagree: ${p.disagreements.join(' / ').slice(0, 200)}` : ''})` : 'no stamp';
    const verdict = judge(ourDay, page.labelDay);
    rows.push({ id: page.id, labelDay: page.labelDay, ours: verdict, ourDay, note: `${notice ? `${note} [notice: ${notice.kind} "${notice.text.slice(0, 60)}"]` : note}${verdict === 'wrong' || verdict === 'none' ? labelCheck(stamps.candidates, page.labelDay) : ''}`, ms });
    if (withPeers) {
      const answers: Record<string, PeerAnswer> = {
        'metascraper-date': await metascraperDay(html, page.url),
        'Readability publishedTime': await readabilityDay(html, page.url),
      };
      for (const [name, answer] of Object.entries(answers)) {
        peerVerdicts[name]!.push(judge(answer.day, page.labelDay));
        peerTimes[name]!.push(answer.ms);
      }
    }
  }
  const results = [figures('As Of (stamps + notice)', rows.map((r) => r.ours), rows.map((r) => r.ms))];
  if (withPeers) for (const name of Object.keys(peerVerdicts)) results.push(figures(name, peerVerdicts[name]!, peerTimes[name]!));
  process.stdout.write(`Publish day on ${pages.length} labelled pages (now = ${NOW.toISOString().slice(0, 10)})\n\n${table(results)}\n\n`);
  const misses = rows.filter((r) => verbose || (r.ours !== 'exact' && r.ours !== 'near'));
  process.stdout.write(verbose ? 'Every page:\n' : 'Pages we miss or get wrong (label vs ours, with our evidence):\n');
  for (const r of misses) process.stdout.write(`  ${r.ours.padEnd(6)} ${r.id}: label ${r.labelDay}, ours ${r.ourDay ?? '-'} — ${r.note}\n`);
  const nears = rows.filter((r) => r.ours === 'near');
  if (!verbose && nears.length) process.stdout.write(`One day off (time zone or print-vs-web day):\n${nears.map((r) => `  ${r.id}: label ${r.labelDay}, ours ${r.ourDay} — ${r.note}`).join('\n')}\n`);
}

/** Does any signal on the page name the label's day? If none does, the label contradicts the page. */
function labelCheck(candidates: StampCandidate[], labelDay: string): string {
  const days = candidates.filter((c) => c.day).map((c) => `${c.source}/${c.role} ${c.day}`);
  const support = candidates.filter((c) => c.day && ['exact', 'near'].includes(judge(c.day, labelDay)));
  const verdict = support.length === 0
    ? 'LABEL CONTRADICTS EVERY SIGNAL ON THE PAGE'
    : `label day appears only in: ${support.map((c) => `${c.source}/${c.role} (${c.location})`).join(', ')}`;
  return `\n           signals: ${[...new Set(days)].join('; ') || 'none'}\n           ${verdict}`;
}

await main();
