import type { ClaimLocator, PageReport } from '../report';

/** Performance measures the content script takes, in ms (see `performance.getEntriesByName`). */
export interface ContentTimings {
  article: number | null;
  stamps: number | null;
  badge: number | null;
  /** Serialising the article's HTML for the popup, which runs the claims engine itself. */
  claimsSource: number | null;
}

/** The article's HTML for the popup's claims step (see utils/claims/claims-source.ts). */
export interface ClaimsSource {
  html: string;
}

/** Messages between the content script, the background and the popup. */
export type AsOfMessage =
  /** content → background: the page's report (null on non-articles), for the toolbar. */
  | { type: 'as-of:report'; report: PageReport | null }
  /** popup → content: answers PageReport (claims included once computed). */
  | { type: 'as-of:get-report' }
  /** popup → content: answers ClaimsSource, the HTML the popup runs the claims engine on (null when none). */
  | { type: 'as-of:get-claims-source' }
  /** popup → content: scrolls to the claim's sentence and highlights it; answers boolean (found). */
  | { type: 'as-of:show-claim'; id: string; locator: ClaimLocator }
  /** benchmark → content: answers ContentTimings. */
  | { type: 'as-of:get-timings' };

export function isAsOfMessage(value: unknown): value is AsOfMessage {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
    && (value as { type: string }).type.startsWith('as-of:');
}
