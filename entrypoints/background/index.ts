import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isAsOfMessage } from '../../utils/messages/protocol';
import type { PageReport } from '../../utils/report';
import { colorForAge, loadSettings, settingsItem, withDefaults, type Settings } from '../../utils/settings';
import { rememberReport, forgetTab, rememberedReports } from './tab-reports';

/** The toolbar shows the age of the article in each tab ("12y"), and nothing on other pages. */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isAsOfMessage(message) || message.type !== 'as-of:report' || tabId === undefined) return undefined;
    return (async () => {
      await rememberReport(tabId, message.report);
      await paintToolbar(tabId, message.report, await loadSettings());
    })();
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // A new colour scale recolours every tab's toolbar age at once.
  settingsItem().watch(async (next) => {
    const settings = withDefaults(next);
    for (const [tabId, report] of await rememberedReports()) await paintToolbar(tabId, report, settings);
  });
});

async function paintToolbar(tabId: number, report: PageReport | null, settings: Settings): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const text = report?.age?.short ?? (report?.notice ? '?' : '');
  const color = report?.age ? colorForAge(report.age.days, settings) : settings.olderColor;
  await action.setBadgeText({ tabId, text }).catch(() => undefined);
  if (text) await action.setBadgeBackgroundColor({ tabId, color }).catch(() => undefined);
}
