import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { claimsSkipReason } from '../../utils/analysis-limits';
import { analyzeDates } from '../../utils/analyze-dates';
import { detectArticle } from '../../utils/article/detect-article';
import { claimsSource } from '../../utils/claims/claims-source';
import type { ClaimsSource } from '../../utils/messages/protocol';
import { REPORT_VERSION, type ArticleVerdict, type ClaimLocator, type PageReport } from '../../utils/report';
import { isSilentSite, type Settings } from '../../utils/settings';
import { locateClaim } from '../../utils/claims/locate-claim';
import { clearHighlight, highlightRange } from './highlight-claim';
import { measured } from './measure';
import { mountBadge } from './mount-badge';

/**
 * One analysed URL: its report and its badge; the popup runs the claims on the HTML it hands over. A new session replaces the old one on
 * single-page navigation; `dispose` removes everything it put in the page.
 */
export class PageSession {
  report: PageReport | null = null;
  private ui: ShadowRootContentScriptUi<HTMLElement | null> | null = null;
  private dismissed = false;
  /** Bumped by each mount and removal, so only the latest of overlapping async mounts stays. */
  private badgeGeneration = 0;
  private disposed = false;

  constructor(private readonly ctx: ContentScriptContext, private settings: Settings) {}

  /** The critical path: cheap article check, then stamps + notice, then the badge. */
  async start(): Promise<void> {
    const url = location.href;
    const now = new Date();
    if (isSilentSite(location.hostname, this.settings.silentSites)) return this.tellBackground(null);
    const verdict = measured('as-of:article', () => detectArticle(document, url));
    if (!verdict.isArticle) {
      this.report = notAnArticle(verdict, url, now);
      return this.tellBackground(null);
    }
    const dates = measured('as-of:stamps', () => analyzeDates(document, { url, now, article: verdict }));
    this.report = dates.report;
    const worthShowing = this.report.notice !== null || this.report.age !== null;
    this.tellBackground(worthShowing ? this.report : null);
    if (worthShowing) await measured('as-of:badge', () => this.showBadge());
  }

  /**
   * The article's HTML for the popup, which runs the claims engine; read at the popup's request only,
   * and not at all on a page too large or deep for that engine.
   */
  claimsSource(): ClaimsSource | null {
    if (!this.report?.article.isArticle || claimsSkipReason(document) !== null) return null;
    return { html: claimsSource(document) };
  }

  showClaim(id: string, locator: ClaimLocator): boolean {
    const range = locateClaim(document, locator);
    if (!range) return false;
    highlightRange(range, id, matchMedia('(prefers-reduced-motion: reduce)').matches);
    return true;
  }

  /** Settings changed in the options: apply without a reload. */
  async applySettings(settings: Settings): Promise<void> {
    const wasSilent = isSilentSite(location.hostname, this.settings.silentSites);
    this.settings = settings;
    if (isSilentSite(location.hostname, settings.silentSites)) {
      this.removeBadge();
      return this.tellBackground(null);
    }
    if (wasSilent || !this.report) return this.start();
    this.tellBackground(this.report.article.isArticle && (this.report.notice || this.report.age) ? this.report : null);
    this.removeBadge();
    await this.showBadge();
  }

  dispose(): void {
    this.disposed = true;
    this.removeBadge();
    clearHighlight();
  }

  private async showBadge(): Promise<void> {
    const report = this.report;
    if (!report || this.dismissed || this.disposed || !this.settings.badgeEnabled) return;
    if (!report.notice && !report.age) return;
    const generation = ++this.badgeGeneration;
    const ui = await mountBadge(this.ctx, report, this.settings, () => {
      this.dismissed = true;
      this.removeBadge();
    });
    // A newer mount, a removal or a navigation may have come while the styles loaded.
    if (this.disposed || generation !== this.badgeGeneration) ui.remove();
    else this.ui = ui;
  }

  private removeBadge(): void {
    this.badgeGeneration += 1;
    this.ui?.remove();
    this.ui = null;
  }

  private tellBackground(report: PageReport | null): void {
    void browser.runtime.sendMessage({ type: 'as-of:report', report }).catch(() => undefined);
  }
}

function notAnArticle(article: ArticleVerdict, url: string, now: Date): PageReport {
  return {
    version: REPORT_VERSION, url, now: now.toISOString(), article, notice: null, published: null, updated: null,
    captured: null, age: null, claims: [], timings: { total: 0, article: 0, stamps: 0, notice: 0, claims: 0 }, problems: [],
  };
}
