import { browser } from 'wxt/browser';
import { claimCitation } from '../../components/claims-list';
import { browserWords } from '../../components/words/browser-words';
import { formatStampDate } from '../../components/words/date-words';
import { renderPopup, type PopupView } from '../../components/popup-view';
import type { ReportAnswer } from '../../utils/messages/protocol';
import type { Claim } from '../../utils/report';
import { withDefaults, type Settings } from '../../utils/settings';
import { loadSettings, settingsItem } from '../../utils/settings-item';
import { mountLinkHintsSwitch } from '../../components/link-hints-switch';
import { claimsFor } from './claims';
import './style.css';

/** The popup speaks the browser's language (locales/*.yml). */
const words = browserWords();

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
  document.documentElement.lang = words.locale;
  const app = document.getElementById('app')!;
  let settings: Settings = await loadSettings();
  let view: PopupView = { state: 'loading' };
  const tabId = await targetTabId();
  const render = (): void => renderPopup(app, view, settings, {
    onShow: (claim) => void showClaim(tabId, claim),
    onCopy: (claim) => void copyClaim(claim, view),
    onReload: () => void reloadTab(tabId),
  }, words);
  render();
  settingsItem().watch((next) => {
    settings = withDefaults(next);
    render();
  });
  if (tabId === undefined) {
    view = { state: 'unavailable' };
    return render();
  }
  const answer = await askReport(tabId);
  if (answer === null) {
    view = { state: 'reload' };
    return render();
  }
  if (answer.kind === 'silent') {
    view = { state: 'silent', host: words.t('popup.thisSite') };
    return render();
  }
  const { report } = answer;
  void mountLinkHintsSwitch(app, report.url, words);
  // The header first; the claims follow once computed here (they are the costly step).
  view = { state: 'ready', report, claims: report.article.isArticle ? null : [] };
  render();
  if (!report.article.isArticle) return;
  // Null: not checked (the page handed over nothing, the engine failed to load or threw), never "none found".
  const claims = await claimsFor(tabId, report).catch(() => null);
  // The page says why when it handed over no HTML (too large or deep for the claims step).
  const after = claims === null || claims.length === 0 ? await askReport(tabId, 1) : null;
  const claimsSkipped = after?.kind === 'report' ? after.claimsSkipped : null;
  view = { state: 'ready', report, claims: claims ?? [], claimsSkipped, claimsFailed: claims === null && !claimsSkipped };
  render();
}

/** Attempts, 200 ms apart, while the page is still being read (a popup opened as the page loads). */
const READING_TRIES = 15;
/** Of those, how many may find no content script yet: a loading tab gets one once its document is ready. */
const SILENT_TAB_TRIES = 5;

/**
 * The content script's answer; null when none came (no content script in the tab: opened before
 * install or update, or a page closed to extensions) or it was still reading after some three seconds.
 * Only the content script itself can say the site is silent.
 */
async function askReport(tabId: number, tries = READING_TRIES): Promise<Exclude<ReportAnswer, { kind: 'reading' }> | null> {
  let unanswered = 0;
  for (let i = 0; i < tries; i += 1) {
    const answer = (await browser.tabs.sendMessage(tabId, { type: 'as-of:get-report' }).catch(() => null)) as ReportAnswer | null | undefined;
    if (!answer) unanswered += 1;
    else if (answer.kind === 'silent' || answer.kind === 'report') return answer;
    else if (answer.kind !== 'reading') return null;
    if (unanswered >= Math.min(tries, SILENT_TAB_TRIES)) return null;
    await new Promise((done) => setTimeout(done, 200));
  }
  return null;
}

async function showClaim(tabId: number | undefined, claim: Claim): Promise<void> {
  if (tabId === undefined) return;
  const found = await browser.tabs.sendMessage(tabId, { type: 'as-of:show-claim', id: claim.id, locator: claim.locator }).catch(() => false);
  announce(words.t(found ? 'popup.shown' : 'popup.gone'));
}

async function copyClaim(claim: Claim, view: PopupView): Promise<void> {
  if (view.state !== 'ready') return;
  const { report } = view;
  const text = claimCitation(claim, report.url, report.published ? formatStampDate(report.published, words) : null, words);
  await navigator.clipboard.writeText(text).then(() => announce(words.t('popup.copied')), () => announce(words.t('popup.copyFailed')));
}

async function reloadTab(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  await browser.tabs.reload(tabId).catch(() => undefined);
  window.close();
}

function announce(message: string): void {
  const status = document.getElementById('announce');
  if (status) status.textContent = message;
}

void main();
