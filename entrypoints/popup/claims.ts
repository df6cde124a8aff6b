import { browser } from 'wxt/browser';
import { analyzeClaims } from '../../utils/analyze-claims';
import type { ClaimsSource } from '../../utils/messages/protocol';
import type { Claim, PageReport } from '../../utils/report';

/** The popup's own timeline entry for its claims step, read by `npm run bench` on the popup page. */
export const CLAIMS_MEASURE = 'as-of:claims';

/**
 * The article's claims, computed here in the popup: the page hands over its article HTML, the
 * popup parses it (scripts never run in a DOMParser document) and runs the one claims path,
 * analyzeClaims, against the report's publish date and `now`. The page never loads the engine.
 */
export async function claimsFor(tabId: number, report: PageReport): Promise<Claim[]> {
  const source = (await browser.tabs.sendMessage(tabId, { type: 'as-of:get-claims-source' }).catch(() => null)) as ClaimsSource | null;
  if (!source?.html) return [];
  performance.mark(`${CLAIMS_MEASURE}:start`);
  try {
    const doc = new DOMParser().parseFromString(source.html, 'text/html');
    return analyzeClaims(doc, report.published, new Date(report.now)).claims;
  } finally {
    performance.mark(`${CLAIMS_MEASURE}:end`);
    performance.measure(CLAIMS_MEASURE, `${CLAIMS_MEASURE}:start`, `${CLAIMS_MEASURE}:end`);
  }
}
