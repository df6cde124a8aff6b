import { ageOf } from './age';
import { detectArticle } from './article/detect-article';
import { boundedStamp, noticeCutoff } from './date-bounds';
import { noticeAgrees } from './notice/agreement';
import { findNotice } from './notice/find-notice';
import { REPORT_VERSION, type AgeInfo, type ArticleVerdict, type NoticeFinding, type PageReport, type StampFinding } from './report';
import { findStamps } from './stamps/find-stamps';

export interface DatesOptions {
  url: string;
  /** The reference time: every relative judgement (age, plausibility) is made against it. */
  now: Date;
  /** Monotonic clock for the timings; injected so tests and Node can pass their own. */
  clock?: () => number;
  /** The detector's verdict when the caller already has it (the content script decides first). */
  article?: ArticleVerdict;
}

export interface DatesAnalysis {
  /** The report with no claims: what the badge and the popup header need. */
  report: PageReport;
  /** The detector's own verdict (before a notice upgrades it): claims are looked for only when it says article. */
  detected: ArticleVerdict;
}

/**
 * Everything but claims: article verdict, notice, stamps and age. It imports no claims engine, so the
 * content script (which runs on every page) carries neither chrono-node nor Readability.
 * Any failure inside a step is caught and reported, so a hostile page yields "unknown", not a throw.
 */
export function analyzeDates(doc: Document, { url, now, clock = () => performance.now(), article: given }: DatesOptions): DatesAnalysis {
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

  const [article, articleMs] = given ? [given, 0] : step('article detection', { isArticle: false, reasons: ['analysis failed'] }, () => detectArticle(doc, url));
  // No whole-page measure here: every step below bounds its own reading, so this path stays short.
  // The page's text, one native read, which both the notice and the stamps search ('' when a page defeats the read).
  const [text] = step('page text', '', () => doc.body?.textContent ?? '');
  const [pageNotice, noticeMs] = step('notice', null, () => findNotice(doc, url, text));
  const [found, stampsMs] = step('stamps', { published: null, updated: null, captured: null, conflict: null, candidates: [] }, () => findStamps(doc, url, now, pageNotice, text));
  const stamps = { published: boundedStamp(found.published, now), updated: boundedStamp(found.updated, now), captured: boundedStamp(found.captured, now) };

  const notice = pageNotice ? { ...pageNotice, agreesWithStamps: noticeAgrees(pageNotice, stamps.published, now) } : null;
  // A page that states only when it was last updated ("Stand: 19.10.2019") is at least as old as that:
  // the age is measured from it and says so (from: 'updated'), the publish stamp stays unknown.
  const age = stamps.published ? ageOf(stamps.published, now, 'published') : ageFromNotice(notice, now) ?? (stamps.updated ? ageOf(stamps.updated, now, 'updated') : null);
  const report: PageReport = {
    version: REPORT_VERSION,
    url,
    now: now.toISOString(),
    article: notice && !article.isArticle ? { isArticle: true, reasons: [...article.reasons, 'carries an old-story notice'] } : article,
    notice,
    published: stamps.published,
    updated: stamps.updated,
    captured: stamps.captured,
    dateConflict: stamps.published && found.conflict ? found.conflict : null,
    age,
    claims: [],
    timings: { total: clock() - start, article: articleMs, stamps: stampsMs, notice: noticeMs, claims: 0 },
    problems,
  };
  return { report, detected: article };
}

/** With no stamp, a notice that states an age ("more than 5 years old") still bounds the age from below. */
function ageFromNotice(notice: NoticeFinding | null, now: Date): AgeInfo | null {
  const stated = notice?.statedAge;
  const cutoff = noticeCutoff(stated, now);
  if (!notice || notice.kind === 'web-archive-capture' || !stated || !cutoff) return null;
  const years = stated.minYears ?? 0;
  // The year of the notice's cut-off (the same cut-off the stamps are bounded by): published in it or before.
  const value = String(cutoff.getUTCFullYear());
  const bound: StampFinding = { value, day: null, precision: 'year', source: 'notice', evidence: notice.text, location: notice.selector, confidence: 0.4, disagreements: [] };
  const age = ageOf(bound, now, 'notice');
  return { ...age, bound: 'at-least', ...(years ? { count: years, unit: 'year' } : { count: stated.minMonths ?? 0, unit: 'month' }) };
}
