import type { PageReport } from '../utils/report';

export type PopupState = { state: 'ready'; report: PageReport } | { state: 'unavailable' };

/** The popup's headline facts, as text nodes only. */
export function renderReportSummary(root: HTMLElement, view: PopupState): void {
  root.replaceChildren();
  const line = (text: string): void => {
    const p = document.createElement('p');
    p.textContent = text;
    root.append(p);
  };
  if (view.state === 'unavailable') return line('As Of cannot read this page (browser pages and web stores are off limits).');
  const { report } = view;
  if (!report.article.isArticle) return line('Not a news article.');
  line(report.age ? report.age.label : 'Date unknown');
  if (report.published) line(`Published ${report.published.value} (${report.published.precision}, from ${report.published.source}: “${report.published.evidence}”)`);
  if (report.notice) line(`Notice: “${report.notice.text}”`);
}
