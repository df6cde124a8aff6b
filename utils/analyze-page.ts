import { ageOf } from './age';
import { detectArticle } from './article/detect-article';
import { findNotice } from './notice/find-notice';
import { REPORT_VERSION, type PageReport } from './report';
import { findStamps } from './stamps/find-stamps';
import { findClaims } from './claims/find-claims';

export interface AnalyzeOptions {
  url: string;
  /** The reference time: every relative judgement (age, plausibility) is made against it. */
  now: Date;
  /** Monotonic clock for the timings; injected so tests and Node can pass their own. */
  clock?: () => number;
  /** Claims are the costly step; the content script leaves them for idle time or the popup. Default true. */
  includeClaims?: boolean;
}

/**
 * The one entry point: reads a Document (never changes it) and returns a plain PageReport.
 * Any failure inside a step is caught and reported, so a hostile page yields "unknown", not a throw.
 */
export function analyzePage(doc: Document, { url, now, clock = () => performance.now(), includeClaims = true }: AnalyzeOptions): PageReport {
  const problems: string[] = [];
  const start = clock();
  const step = <T>(name: string, fallback: T, run: () => T): [T, number] => {
    const t0 = clock();
    try {
      return [run(), clock() - t0];
    } catch (error) {
      problems.push(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      return [fallback, clock() - t0];
    }
  };

  const [article, articleMs] = step('article detection', { isArticle: false, reasons: ['analysis failed'] }, () => detectArticle(doc));
  const [notice, noticeMs] = step('notice', null, () => findNotice(doc));
  const [stamps, stampsMs] = step('stamps', { published: null, updated: null, captured: null, candidates: [] }, () => findStamps(doc, url, now));

  const age = stamps.published ? ageOf(stamps.published, now, 'published') : null;
  const [claims, claimsMs] = includeClaims && article.isArticle
    ? step('claims', [], () => findClaims(doc, stamps.published, now))
    : [[], 0];

  return {
    version: REPORT_VERSION,
    url,
    now: now.toISOString(),
    article: notice && !article.isArticle ? { isArticle: true, reasons: [...article.reasons, 'carries an old-story notice'] } : article,
    notice,
    published: stamps.published,
    updated: stamps.updated,
    captured: stamps.captured,
    age,
    claims,
    timings: { total: clock() - start, article: articleMs, stamps: stampsMs, notice: noticeMs, claims: claimsMs },
    problems,
  };
}
