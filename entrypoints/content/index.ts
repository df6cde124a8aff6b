import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { analyzePage } from '../../utils/analyze-page';
import type { PageReport } from '../../utils/report';
import { isAsOfMessage } from '../../utils/messages/protocol';
import { renderAgeBadge } from '../../components/age-badge';
import './style.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const report: PageReport = analyzePage(document, { url: location.href, now: new Date() });
    const worthShowing = report.article.isArticle && (report.notice !== null || report.age !== null);

    browser.runtime.onMessage.addListener((message: unknown) => {
      if (isAsOfMessage(message) && message.type === 'as-of:get-report') return Promise.resolve(report);
      return undefined;
    });
    void browser.runtime.sendMessage({ type: 'as-of:report', report: worthShowing ? report : null }).catch(() => undefined);

    if (!worthShowing) return;
    const anchor = report.notice ? document.querySelector(report.notice.selector) : document.querySelector('h1');
    const ui = await createShadowRootUi(ctx, {
      name: 'as-of-badge',
      position: 'inline',
      anchor: anchor ?? document.body,
      append: anchor ? 'after' : 'first',
      onMount: (container) => renderAgeBadge(container, report),
    });
    ui.mount();
  },
});
