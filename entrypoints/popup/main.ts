import { browser } from 'wxt/browser';
import type { PageReport } from '../../utils/report';
import { renderReportSummary } from '../../components/report-summary';

async function load(): Promise<void> {
  const app = document.getElementById('app')!;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return renderReportSummary(app, { state: 'unavailable' });
  try {
    const report = (await browser.tabs.sendMessage(tab.id, { type: 'as-of:get-report' })) as PageReport;
    renderReportSummary(app, { state: 'ready', report });
  } catch {
    renderReportSummary(app, { state: 'unavailable' });
  }
}

void load();
