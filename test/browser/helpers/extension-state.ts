import type { Page } from 'puppeteer-core';
import type { BadgeDescription, ReportAnswer } from '../../../utils/messages/protocol';
import type { PageReport } from '../../../utils/report';

/** What the extension knows about one open tab. */
export interface TabState {
  tabId: number;
  url: string | null;
  /** The text on the toolbar icon for this tab, set by the background. */
  toolbarText: string;
  /** The toolbar button's tooltip for this tab. */
  toolbarTitle: string;
  /** The content script's answer to `as-of:get-report`, or null when no content script answered. */
  answer: ReportAnswer | null;
  /** The report in that answer, when there is one. */
  report: PageReport | null;
}

/**
 * Asks the extension, from one of its own pages (see ExtensionBrowser.openExtensionPage), for every
 * tab's toolbar text and content-script report. Works with `browser.*` (Firefox) and `chrome.*` (MV3).
 */
export function tabStates(extensionPage: Page): Promise<TabState[]> {
  // Runs inside the extension page; kept flat because helpers defined in it would not be serialised.
  return extensionPage.evaluate(async () => {
    interface Tab { id?: number; url?: string }
    interface Action {
      getBadgeText(d: { tabId: number }): Promise<string>;
      getTitle(d: { tabId: number }): Promise<string>;
    }
    interface Api {
      tabs: { query(q: object): Promise<Tab[]>; sendMessage(id: number, m: object): Promise<unknown> };
      action?: Action;
      browserAction?: Action;
    }
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (scope.browser ?? scope.chrome)!;
    const action = (api.action ?? api.browserAction)!;
    const states = [];
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      const toolbarText = await action.getBadgeText({ tabId: tab.id });
      const toolbarTitle = await action.getTitle({ tabId: tab.id });
      const answer = (await api.tabs.sendMessage(tab.id, { type: 'as-of:get-report' }).catch(() => null)) ?? null;
      states.push({ tabId: tab.id, url: tab.url ?? null, toolbarText, toolbarTitle, answer });
    }
    return states;
  }).then((states) => states.map((state) => {
    // The report is picked out here, not in the page: WebDriver BiDi sends an object met twice only once.
    const answer = state.answer as ReportAnswer | null;
    return { ...state, answer, report: answer?.kind === 'report' ? answer.report : null };
  }));
}

/**
 * What the content script in tab `tabId` says is inside its badge's closed shadow root (null: no badge,
 * undefined: no content script answered). Only extension pages can send this message; web pages cannot.
 */
export function describeBadge(extensionPage: Page, tabId: number): Promise<BadgeDescription | null | undefined> {
  return extensionPage.evaluate(async (id: number) => {
    interface Api { tabs: { sendMessage(id: number, m: object): Promise<unknown> } }
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (scope.browser ?? scope.chrome)!;
    return api.tabs.sendMessage(id, { type: 'as-of:describe-badge' }).then((d) => d ?? null, () => undefined);
  }, tabId) as Promise<BadgeDescription | null | undefined>;
}

/** The tab showing `url` (tabs.query gives URLs to extension pages in tests only where the browser allows). */
export async function tabIdFor(extensionPage: Page, pageUrl: string): Promise<number | undefined> {
  const states = await tabStates(extensionPage);
  return (states.find((s) => s.url === pageUrl) ?? states.find((s) => s.report?.url === pageUrl))?.tabId;
}
