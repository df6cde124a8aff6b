import { ageOf } from './age';
import { detectArticle } from './article/detect-article';
import { findNotice } from './notice/find-notice';
import { noticeAgrees } from './notice/agreement';
import { REPORT_VERSION, type AgeInfo, type NoticeFinding, type PageReport, type StampFinding } from './report';
import { findStamps } from './stamps/find-stamps';
import { findClaims } from './claims/find-claims';
import { boundedClaims, boundedStamp } from './date-bounds';
import { measureText } from './dom/text-work';

/**
 * The notice and claims steps read element text, so their cost grows with text x depth. Past this
 * budget (some 30 ms of textContent in a browser; a long article with comments is well under a tenth)
 * they are skipped and the page degrades to "unknown" for them rather than freezing the tab.
 */
const MAX_TEXT_WORK = 20_000_000;
/** Readability's cost grows steeply with nesting; real articles nest under 30 deep, so 256 is only hostile pages. */
const MAX_CLAIMS_DEPTH = 256;

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
  const textRoot = doc.body ?? doc.documentElement;
  const shape = textRoot ? measureText(textRoot, MAX_TEXT_WORK) : { work: 0, maxDepth: 0 };
  const tooLarge = shape.work > MAX_TEXT_WORK;
  const tooDeep = shape.maxDepth > MAX_CLAIMS_DEPTH;
  if (tooLarge) problems.push('page too large: notice and claims skipped');
  else if (tooDeep) problems.push(`page nested ${shape.maxDepth} deep: claims skipped`);
  const [pageNotice, noticeMs] = tooLarge ? [null, 0] : step('notice', null, () => findNotice(doc, url));
  const [found, stampsMs] = step('stamps', { published: null, updated: null, captured: null, candidates: [] }, () => findStamps(doc, url, now, pageNotice));
  const stamps = { published: boundedStamp(found.published, now), updated: boundedStamp(found.updated, now), captured: boundedStamp(found.captured, now) };

  const notice = pageNotice ? { ...pageNotice, agreesWithStamps: noticeAgrees(pageNotice, stamps.published, now) } : null;
  const age = stamps.published ? ageOf(stamps.published, now, 'published') : ageFromNotice(notice, now);
  const [claims, claimsMs] = includeClaims && article.isArticle && !tooLarge && !tooDeep
    ? step('claims', [], () => boundedClaims(findClaims(doc, stamps.published, now), now))
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

/** With no stamp, a notice that states an age ("more than 5 years old") still bounds the age from below. */
function ageFromNotice(notice: NoticeFinding | null, now: Date): AgeInfo | null {
  const stated = notice?.statedAge;
  if (!notice || notice.kind === 'web-archive-capture' || !stated || (!stated.minYears && !stated.minMonths)) return null;
  const years = stated.minYears ?? 0;
  const value = String(now.getUTCFullYear() - years - (stated.minMonths ? Math.ceil(stated.minMonths / 12) : 0));
  const bound: StampFinding = { value, day: null, precision: 'year', source: 'notice', evidence: notice.text, location: notice.selector, confidence: 0.4, disagreements: [] };
  const age = ageOf(bound, now, 'notice');
  const span = years ? `${years} year${years === 1 ? '' : 's'}` : `${stated.minMonths} month${stated.minMonths === 1 ? '' : 's'}`;
  return { ...age, label: `more than ${span} old`, short: years ? `${years}y+` : `${stated.minMonths}mo+` };
}
