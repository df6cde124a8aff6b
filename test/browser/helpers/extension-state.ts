import type { Page } from 'puppeteer-core';
import type { PageReport } from '../../../utils/report';

/** What the extension knows about one open tab. */
export interface TabState {
  tabId: number;
  /** The text on the toolbar icon for this tab, set by the background. */
  toolbarText: string;
  /** The content script's answer to `as-of:get-report`, or null when no content script answered. */
  report: PageReport | null;
}

/**
 * Asks the extension, from one of its own pages (see ExtensionBrowser.openExtensionPage), for every
 * tab's toolbar text and content-script report. Works with `browser.*` (Firefox) and `chrome.*` (MV3).
 */
export function tabStates(extensionPage: Page): Promise<TabState[]> {
  // Runs inside the extension page; kept flat because helpers defined in it would not be serialised.
  return extensionPage.evaluate(async () => {
    interface Tab { id?: number }
    interface Api {
      tabs: { query(q: object): Promise<Tab[]>; sendMessage(id: number, m: object): Promise<unknown> };
      action?: { getBadgeText(d: { tabId: number }): Promise<string> };
      browserAction?: { getBadgeText(d: { tabId: number }): Promise<string> };
    }
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (scope.browser ?? scope.chrome)!;
    const action = (api.action ?? api.browserAction)!;
    const states = [];
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      const toolbarText = await action.getBadgeText({ tabId: tab.id });
      const report = await api.tabs.sendMessage(tab.id, { type: 'as-of:get-report' }).catch(() => null);
      states.push({ tabId: tab.id, toolbarText, report: (report ?? null) as PageReport | null });
    }
    return states;
  });
}
