import { browser } from 'wxt/browser';
import { claimCitation } from '../../components/claims-list';
import { formatStampDate } from '../../components/format-stamp';
import { renderPopup, type PopupView } from '../../components/popup-view';
import type { Claim, PageReport } from '../../utils/report';
import { loadSettings, settingsItem, withDefaults, type Settings } from '../../utils/settings';
import { claimsFor } from './claims';
import './style.css';

/**
 * The tab the popup speaks for: the active tab of its window, as a toolbar popup sees it.
 * `?tab=<id>` names another tab, for when the popup's page is itself opened in a tab (tests).
 */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function main(): Promise<void> {
  const app = document.getElementById('app')!;
  let settings: Settings = await loadSettings();
  let view: PopupView = { state: 'loading' };
  const tabId = await targetTabId();
  const render = (): void => renderPopup(app, view, settings, {
    onShow: (claim) => void showClaim(tabId, claim),
    onCopy: (claim) => void copyClaim(claim, view),
  });
  render();
  settingsItem().watch((next) => {
    settings = withDefaults(next);
    render();
  });
  if (tabId === undefined) {
    view = { state: 'unavailable' };
    return render();
  }
  let report: PageReport | null | undefined;
  try {
    report = (await browser.tabs.sendMessage(tabId, { type: 'as-of:get-report' })) as PageReport | null | undefined;
  } catch {
    view = { state: 'unavailable' };
    return render();
  }
  if (!report) {
    view = { state: 'silent', host: 'this site' };
    return render();
  }
  // The header first; the claims follow once computed here (they are the costly step).
  view = { state: 'ready', report, claims: report.article.isArticle ? null : [] };
  render();
  if (!report.article.isArticle) return;
  const claims = await claimsFor(tabId, report).catch(() => []);
  view = { state: 'ready', report, claims };
  render();
}

async function showClaim(tabId: number | undefined, claim: Claim): Promise<void> {
  if (tabId === undefined) return;
  const found = await browser.tabs.sendMessage(tabId, { type: 'as-of:show-claim', id: claim.id, locator: claim.locator }).catch(() => false);
  announce(found ? 'Shown in the page.' : 'That sentence is no longer on the page.');
}

async function copyClaim(claim: Claim, view: PopupView): Promise<void> {
  if (view.state !== 'ready') return;
  const { report } = view;
  const text = claimCitation(claim, report.url, report.published ? formatStampDate(report.published) : null);
  await navigator.clipboard.writeText(text).then(() => announce('Copied.'), () => announce('Could not copy.'));
}

function announce(message: string): void {
  const status = document.getElementById('announce');
  if (status) status.textContent = message;
}

void main();
