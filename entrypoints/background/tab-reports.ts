import { browser } from 'wxt/browser';
import type { PageReport } from '../../utils/report';

/**
 * Each tab's latest report, in storage.session (survives the MV3 worker's sleep, never written
 * to disk); an in-memory map where the browser lacks storage.session.
 */
const KEY_PREFIX = 'tab-report:';
const memory = new Map<number, PageReport | null>();

function sessionArea(): typeof browser.storage.session | undefined {
  return (browser.storage as { session?: typeof browser.storage.session }).session;
}

export async function rememberReport(tabId: number, report: PageReport | null): Promise<void> {
  const area = sessionArea();
  if (!area) {
    if (report) memory.set(tabId, report);
    else memory.delete(tabId);
    return;
  }
  // Only what the toolbar needs: the claims stay in the page.
  if (report) await area.set({ [KEY_PREFIX + tabId]: { ...report, claims: [] } });
  else await area.remove(KEY_PREFIX + tabId);
}

export async function forgetTab(tabId: number): Promise<void> {
  memory.delete(tabId);
  await sessionArea()?.remove(KEY_PREFIX + tabId);
}

export async function rememberedReports(): Promise<[number, PageReport | null][]> {
  const area = sessionArea();
  if (!area) return [...memory.entries()];
  const all = (await area.get(null)) as Record<string, PageReport>;
  return Object.entries(all)
    .filter(([key]) => key.startsWith(KEY_PREFIX))
    .map(([key, report]) => [Number(key.slice(KEY_PREFIX.length)), report]);
}
