import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { browserWords } from '../../components/words/browser-words';
import { factsWords } from '../../components/words/facts-words';
import { isAsOfMessage, type BadgeWordsAnswer, type ToolbarState } from '../../utils/messages/protocol';
import { boundedReportFacts } from '../../utils/messages/report-facts';
import { boundedToolbarState } from '../../utils/messages/toolbar-state';
import { colorForAge, withDefaults, type Settings } from '../../utils/settings';
import { loadSettings, settingsItem } from '../../utils/settings-item';
import { forgetTab, rememberToolbar, rememberedToolbars } from './tab-reports';

/** The toolbar shows the age of the article in each tab ("12y"), and nothing on other pages. */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isAsOfMessage(message) || message.type !== 'as-of:report' || tabId === undefined) return undefined;
    // Only the top frame speaks for the tab (the content script runs there alone; this is a second lock).
    if (sender.frameId !== undefined && sender.frameId !== 0) return undefined;
    // The tab's facts, checked and bounded, worded here (Intl is warm in this process, costly in a fresh page).
    const facts = boundedReportFacts(message.facts);
    const said = facts ? factsWords(facts, browserWords()) : null;
    const state = boundedToolbarState(said?.toolbar ?? null);
    return (async (): Promise<BadgeWordsAnswer | null> => {
      // Paint first: the toolbar tells the truth even when storage is full or failing.
      await paintToolbar(tabId, state, await loadSettings().catch(() => withDefaults(null)));
      await rememberToolbar(tabId, state);
      return said && { badge: said.badge, label: said.label, dismiss: said.dismiss, unsure: said.unsure };
    })();
  });
  // On first install only, a short welcome: what As Of does and never does, and where its options are.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // A tab that starts loading (another page, about:blank, a reload) loses its report: the new page's
  // content script, if any, sends its own, and a page restored from the back/forward cache sends its again.
  // (The new address is not known here: As Of holds no `tabs` permission.)
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearTab(tabId);
  });
  // A new colour scale recolours every tab's toolbar age at once.
  settingsItem().watch(async (next) => {
    const settings = withDefaults(next);
    for (const [tabId, state] of await rememberedToolbars()) await paintToolbar(tabId, state, settings);
  });
});

async function clearTab(tabId: number): Promise<void> {
  await paintToolbar(tabId, null, withDefaults(null));
  await forgetTab(tabId);
}

async function paintToolbar(tabId: number, state: ToolbarState | null, settings: Settings): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const text = state?.text ?? '';
  const color = state?.days !== null && state?.days !== undefined ? colorForAge(state.days, settings) : settings.olderColor;
  await action.setBadgeText({ tabId, text }).catch(() => undefined);
  if (text) await action.setBadgeBackgroundColor({ tabId, color }).catch(() => undefined);
  await action.setTitle({ tabId, title: state?.title || defaultTitle() }).catch(() => undefined);
}

/** The toolbar button's own name (the manifest's `default_title`), for tabs with nothing to say. */
function defaultTitle(): string {
  const manifest = browser.runtime.getManifest() as { action?: { default_title?: string }; browser_action?: { default_title?: string } };
  return (manifest.action ?? manifest.browser_action)?.default_title ?? '';
}
