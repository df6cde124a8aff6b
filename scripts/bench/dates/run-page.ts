import { performance } from 'node:perf_hooks';
import { analyzeDates } from '../../../utils/analyze-dates';
import { findNotice } from '../../../utils/notice/find-notice';
import { findStamps } from '../../../utils/stamps/find-stamps';
import type { StampFinding } from '../../../utils/report';
import { decodePage } from '../../lib/decode-page';
import { loadDocument, readPageBytes } from '../../lib/load-document';
import type { LabelledPage } from './corpus';
import { metascraperDay, readabilityDay } from './peers';
import { judge, type Verdict } from './score';

/** A peer extractor's answer on one page. */
export interface PeerResult { day: string | null; verdict: Verdict; ms: number }

/** One page's outcome: what a reader sees (the badge's day, only on a page judged an article), and why. */
export interface PageResult {
  corpus: LabelledPage['corpus'];
  id: string;
  label: string | null;
  /** The day (or coarser period) the badge shows; null when it shows none. */
  ours: string | null;
  verdict: Verdict;
  /**
   * The day the page is aged from whatever the article verdict (its publish stamp, or on a page that states
   * only its last update, that update), to tell a detector miss from a stamp miss.
   */
  stamp: string | null;
  stampVerdict: Verdict;
  /** The badge's day counted only when it is a publish stamp: a page aged from its stated last update counts as none. */
  publishedVerdict: Verdict;
  isArticle: boolean;
  /** Our evidence; for a miss, every dated signal on the page and whether any names the label's day. */
  note: string;
  /** analyzeDates on the loaded page (warm when peers run), milliseconds. */
  ms: number;
  /** Reading and parsing the file, milliseconds. */
  loadMs: number;
  encoding: string;
  peers: Record<string, PeerResult>;
  error?: string;
}

export interface RunOptions {
  now: Date;
  peers: boolean;
  readability: boolean;
  /** List a miss's signals in its note (a second stamps pass on that page). Default true. */
  explain?: boolean;
}

export async function runPage(page: LabelledPage, { now, peers, readability, explain = true }: RunOptions): Promise<PageResult> {
  const base = { corpus: page.corpus, id: page.id, label: page.labelDay };
  const t0 = performance.now();
  let html: string;
  let encoding: string;
  try {
    ({ html, encoding } = decodePage(readPageBytes(page.file)));
  } catch (error) {
    return failed(base, error);
  }
  let loaded: ReturnType<typeof loadDocument> | null = null;
  try {
    loaded = loadDocument(html, page.url);
    const loadMs = performance.now() - t0;
    const { document } = loaded;
    // With a peer to compare against, warm once so the timed run measures the steady state, as in a
    // page's content script after load; a quick run (no peers) times the first, colder pass.
    if (peers) analyzeDates(document, { url: page.url, now });
    const t1 = performance.now();
    const { report } = analyzeDates(document, { url: page.url, now });
    const ms = performance.now() - t1;
    // The day the badge ages the page from: the publish stamp, or on a page that states only its last
    // update ("Stand: 19.10.2019", a wiki's "last edited"), that update, which the badge labels as such.
    const shown = report.published ?? (report.age?.from === 'updated' ? report.updated : null);
    const stamp = dayOf(shown);
    const ours = report.article.isArticle ? stamp : null;
    const verdict = judge(ours, page.labelDay);
    let note = describe(shown, report.notice?.kind, report.notice?.text);
    if (shown !== report.published) note = `updated only: ${note}`;
    if (!report.article.isArticle) note += ` [not an article: ${report.article.reasons.join('; ').slice(0, 160)}]`;
    if (report.problems.length) note += ` [problems: ${report.problems.join('; ').slice(0, 200)}]`;
    if (explain && (verdict === 'wrong' || verdict === 'none')) note += signals(document, page, now);
    const result: PageResult = { ...base, ours, verdict, stamp, stampVerdict: judge(stamp, page.labelDay), publishedVerdict: judge(report.article.isArticle ? dayOf(report.published) : null, page.labelDay), isArticle: report.article.isArticle, note, ms, loadMs, encoding, peers: {} };
    if (peers) {
      const answer = await metascraperDay(html, page.url);
      result.peers['metascraper-date'] = { day: answer.day, verdict: judge(answer.day, page.labelDay), ms: answer.ms };
    }
    if (readability) {
      const answer = await readabilityDay(html, page.url);
      result.peers['Readability publishedTime'] = { day: answer.day, verdict: judge(answer.day, page.labelDay), ms: answer.ms };
    }
    return result;
  } catch (error) {
    return failed(base, error);
  } finally {
    await loaded?.close();
  }
}

function failed(base: Pick<PageResult, 'corpus' | 'id' | 'label'>, error: unknown): PageResult {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const verdict: Verdict = base.label === null ? 'exact' : 'none';
  return { ...base, ours: null, verdict, stamp: null, stampVerdict: verdict, publishedVerdict: verdict, isArticle: false, note: `ERROR ${message}`, ms: 0, loadMs: 0, encoding: '?', peers: {}, error: message };
}

function dayOf(stamp: StampFinding | null): string | null {
  return stamp ? (stamp.day ?? stamp.value) : null;
}

function describe(p: StampFinding | null, noticeKind?: string, noticeText?: string): string {
  const stamp = p
    ? `${p.source} ${p.location}: ${p.evidence.slice(0, 90)} (conf ${p.confidence}${p.disagreements.length ? `; disagree: ${p.disagreements.join(' / ').slice(0, 200)}` : ''})`
    : 'no stamp';
  return noticeKind ? `${stamp} [notice: ${noticeKind} "${(noticeText ?? '').slice(0, 60)}"]` : stamp;
}

/** Every dated signal on the page, and whether any names the label's day (if none does, the label contradicts the page). */
function signals(document: Document, page: LabelledPage, now: Date): string {
  const { candidates } = findStamps(document, page.url, now, findNotice(document, page.url));
  const days = candidates.filter((c) => c.day).map((c) => `${c.source}/${c.role} ${c.day}`);
  const list = `\n           signals: ${[...new Set(days)].join('; ') || 'none'}`;
  if (page.labelDay === null) return `${list}\n           the label says this page has no publish date`;
  const support = candidates.filter((c) => c.day && ['exact', 'near'].includes(judge(c.day, page.labelDay)));
  const verdict = support.length === 0
    ? 'LABEL CONTRADICTS EVERY SIGNAL ON THE PAGE'
    : `label day appears only in: ${support.map((c) => `${c.source}/${c.role} (${c.location})`).join(', ')}`;
  return `${list}\n           ${verdict}`;
}
