import type { Page } from 'puppeteer-core';

/** The badge the content script mounts: `<as-of-badge>`'s (open) shadow root holds `.as-of-badge`. */
export const BADGE_SELECTOR = 'as-of-badge >>> .as-of-badge';

/** Waits for As Of's badge on a page and returns its text; throws a readable error when none appears. */
export async function waitForBadgeText(page: Page, timeoutMs = 15_000): Promise<string> {
  const badge = await page.waitForSelector(BADGE_SELECTOR, { timeout: timeoutMs }).catch(() => null);
  if (!badge) throw new Error(`No As Of badge (${BADGE_SELECTOR}) appeared on ${page.url()} within ${timeoutMs} ms`);
  const text = await badge.evaluate((element) => element.textContent ?? '');
  await badge.dispose();
  return text.trim();
}
