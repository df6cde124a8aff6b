import { claimsSkipReason } from '../../utils/analysis-limits';
import { analyzeDates } from '../../utils/analyze-dates';
import { detectArticle } from '../../utils/article/detect-article';
import { claimsSource } from '../../utils/claims/claims-source';
import { locateClaim } from '../../utils/claims/locate-claim';
import { browserWords } from '../../components/words/browser-words';
import type { BadgeDescription, BadgeWordsAnswer, ClaimsSource, ReportAnswer } from '../../utils/messages/protocol';
import { toReportFacts } from '../../utils/messages/report-facts';
import { REPORT_VERSION, type ArticleVerdict, type ClaimLocator, type PageReport } from '../../utils/report';
import { isSilentSite, type Settings } from '../../utils/settings';
import type { BadgeHost } from './badge-host';
import type { AskWords } from './ask-words';
import type { PageFeature } from './features';
import { clearHighlight, highlightRange } from './highlight-claim';
import { measured } from './measure';
import { mountBadge } from './mount-badge';
import { nextTask } from './next-task';
import { rerunWarm, WARM_RERUN } from './warm-rerun';

/** What a session needs from the page runner that outlives it. */
export interface SessionHooks {
  /** Sends the report's facts to the background, which paints the toolbar; resolves to the badge's words, or null. */
  ask: AskWords;
  /** The reader hid the badge on this address. */
  dismissed(): boolean;
  onDismiss(): void;
}

/**
 * One analysis of one address with one set of settings: its report, its badge and its features. Everything
 * it puts in the page hangs on `signal`; aborting it (the runner does, on a new address, a body swap,
 * new settings or a stale extension) takes it all away again.
 */
export class PageSession {
  report: PageReport | null = null;
  silent = false;
  private badge: BadgeHost | null = null;
  private claimsSkipped: string | null = null;

  constructor(
    private readonly signal: AbortSignal,
    private readonly settings: Settings,
    private readonly hooks: SessionHooks,
    private readonly features: readonly PageFeature[],
  ) {
    signal.addEventListener('abort', () => {
      this.badge = null;
      clearHighlight();
    }, { once: true });
  }

  /**
   * The critical path: cheap article check, then stamps + notice, then the report's facts to the
   * background (which paints the toolbar and answers the badge's words), then the badge, then the features. Each step runs in a task of its own (nextTask), so none
   * lengthens another into a long task; a session aborted in between stops there and mounts nothing.
   */
  async start(): Promise<void> {
    if (this.signal.aborted) return;
    const url = location.href;
    const now = new Date();
    if (isSilentSite(location.hostname, this.settings.silentSites)) {
      this.silent = true;
      return void this.hooks.ask(null);
    }
    const verdict = measured('as-of:article', () => detectArticle(document, url));
    if (!verdict.isArticle) {
      this.report = notAnArticle(verdict, url, now);
      void this.askWords(this.report);
      this.startFeatures(this.report);
      if (WARM_RERUN) void rerunWarm(this.signal, url, now, this.settings, null);
      return;
    }
    if (!(await nextTask(this.signal))) return;
    const report = measured('as-of:stamps', () => analyzeDates(document, { url, now, article: verdict })).report;
    this.report = report;
    if (!(await nextTask(this.signal))) return;
    const said = await this.askWords(report);
    if (this.signal.aborted) return;
    if (said?.badge && this.settings.badgeEnabled && !this.hooks.dismissed()) {
      if (!(await nextTask(this.signal))) return;
      this.badge = measured('as-of:badge', () => mountBadge(report, said, browserWords(), this.settings, () => this.dismiss(), this.signal));
    }
    this.startFeatures(report);
    if (WARM_RERUN) void rerunWarm(this.signal, url, now, this.settings, said);
  }

  /**
   * The report's facts, sent to the background, which paints the toolbar and words the badge: a measured
   * step of its own. The words are made there because the first Intl object in a page costs it 15-40 ms.
   */
  private askWords(report: PageReport): Promise<BadgeWordsAnswer | null> {
    // Only the sending is this page's work: the wait for the answer is not (wrapped, or measured() would await it).
    return measured('as-of:words', () => ({ answer: this.hooks.ask(toReportFacts(report)) })).answer;
  }

  /** A badge was shown and the page has since taken it out of the document (a body swap, say). */
  get badgeDetached(): boolean {
    return this.badge !== null && !this.badge.host.isConnected;
  }

  get hasBadge(): boolean {
    return this.badge !== null;
  }

  answer(): ReportAnswer {
    if (this.silent) return { kind: 'silent' };
    if (!this.report) return { kind: 'reading' };
    return { kind: 'report', report: this.report, claimsSkipped: this.claimsSkipped };
  }

  /**
   * The article's HTML for the popup, which runs the claims engine; read at the popup's request only,
   * and not at all on a page too large or deep for that engine (then why, for the popup to say). The
   * size check and the serialisation are two measured steps in two tasks, so neither lengthens the other.
   */
  async claimsSource(): Promise<ClaimsSource | null> {
    if (!this.report?.article.isArticle) return null;
    this.claimsSkipped = measured('as-of:claims-check', () => claimsSkipReason(document));
    if (this.claimsSkipped !== null) return { html: '', skipped: this.claimsSkipped };
    // The popup is waiting for this answer: it is given even if the session ends meanwhile.
    await nextTask(this.signal);
    return measured('as-of:claims-source', () => ({ html: claimsSource(document) }));
  }

  showClaim(id: string, locator: ClaimLocator): boolean {
    const range = locateClaim(document, locator);
    if (!range) return false;
    highlightRange(range, id, matchMedia('(prefers-reduced-motion: reduce)').matches);
    return true;
  }

  describeBadge(): BadgeDescription | null {
    return this.badge?.describe() ?? null;
  }

  private dismiss(): void {
    this.hooks.onDismiss();
    this.badge?.remove();
    this.badge = null;
  }

  private startFeatures(report: PageReport): void {
    for (const feature of this.features) this.startFeature(feature, report);
  }

  /** A feature that throws or rejects leaves the badge and the other features running. */
  private startFeature(feature: PageFeature, report: PageReport): void {
    try {
      void Promise.resolve(feature(this.signal, { report, settings: this.settings })).catch(() => undefined);
    } catch {
      // Already contained: the next feature starts all the same.
    }
  }
}

function notAnArticle(article: ArticleVerdict, url: string, now: Date): PageReport {
  return {
    version: REPORT_VERSION, url, now: now.toISOString(), article, notice: null, published: null, updated: null,
    captured: null, age: null, claims: [], timings: { total: 0, article: 0, stamps: 0, notice: 0, claims: 0 }, problems: [],
  };
}
