import { analyzeClaims } from './analyze-claims';
import { analyzeDates } from './analyze-dates';
import type { ArticleVerdict, PageReport } from './report';

export interface AnalyzeOptions {
  url: string;
  /** The reference time: every relative judgement (age, plausibility) is made against it. */
  now: Date;
  /** Monotonic clock for the timings; injected so tests and Node can pass their own. */
  clock?: () => number;
  /** Claims are the costly step; the extension runs them in the popup (analyzeClaims). Default true. */
  includeClaims?: boolean;
  /** The detector's verdict when the caller already has it, so the page is not judged twice. */
  article?: ArticleVerdict;
}

/**
 * The one entry point: reads a Document (never changes it) and returns a plain PageReport —
 * analyzeDates (verdict, notice, stamps, age), then analyzeClaims, the same claims path the popup takes.
 * Any failure inside a step is caught and reported, so a hostile page yields "unknown", not a throw.
 */
export function analyzePage(doc: Document, { url, now, clock = () => performance.now(), includeClaims = true, article }: AnalyzeOptions): PageReport {
  const { report, detected } = analyzeDates(doc, { url, now, clock, article });
  if (!includeClaims || !detected.isArticle) return report;
  const t0 = clock();
  const { claims, problem } = analyzeClaims(doc, report.published, now);
  const claimsMs = clock() - t0;
  return {
    ...report,
    claims,
    timings: { ...report.timings, total: report.timings.total + claimsMs, claims: claimsMs },
    problems: problem ? [...report.problems, problem] : report.problems,
  };
}
