import type { ElementHandle, Page } from 'puppeteer-core';
import { BADGE_HOST_TAG } from '../../entrypoints/content/badge-host';

/**
 * As Of's badge in a page: a host element whose tag is `as-of-` and ten random letters and digits (new in
 * every page session, so a page cannot define it first), with a closed shadow root (no page script, and
 * no test, can look inside) and the badge's visible words as its accessible name (`aria-label`, role group).
 * Tests that need what is inside ask the content script from an extension page: `as-of:describe-badge`
 * (test/browser/helpers/extension-state.ts, describeBadge), a message no web page can send.
 */
export const BADGE_HOST_PATTERN = BADGE_HOST_TAG;

/** An expression, evaluated in the page, for every badge host there in document order. */
const HOSTS_IN_PAGE = `Array.from(document.getElementsByTagName('*')).filter((e) => new RegExp(${JSON.stringify(BADGE_HOST_TAG.source)}).test(e.localName))`;

/** How many badge hosts the page holds (a page's clones without a shadow root count too). */
export function badgeHostCount(page: Page): Promise<number> {
  return page.evaluate(`${HOSTS_IN_PAGE}.length`) as Promise<number>;
}

/** The badge's host element (the first labelled one), or null when there is none. */
export async function findBadgeHost(page: Page): Promise<ElementHandle<Element> | null> {
  const handle = await page.evaluateHandle(`${HOSTS_IN_PAGE}.find((e) => e.getAttribute('aria-label')) ?? null`);
  const element = handle.asElement() as ElementHandle<Element> | null;
  if (!element) await handle.dispose();
  return element;
}

/** Waits for As Of's badge on a page and returns its words; throws a readable error when none appears. */
export async function waitForBadgeText(page: Page, timeoutMs = 15_000): Promise<string> {
  const found = await page.waitForFunction(
    `${HOSTS_IN_PAGE}.map((e) => e.getAttribute('aria-label') ?? '').find((label) => label.length > 0) ?? false`,
    { timeout: timeoutMs, polling: 100 },
  ).catch(() => null);
  if (!found) throw new Error(`No As Of badge (an <as-of-…> host with an accessible name) appeared on ${page.url()} within ${timeoutMs} ms`);
  const text = (await found.jsonValue()) as string;
  await found.dispose();
  return text.trim();
}

/** Waits until the page holds exactly `count` badge hosts. */
export async function waitForBadgeCount(page: Page, count: number, timeoutMs = 15_000): Promise<void> {
  await page.waitForFunction(`${HOSTS_IN_PAGE}.length === ${count}`, { timeout: timeoutMs, polling: 100 });
}
