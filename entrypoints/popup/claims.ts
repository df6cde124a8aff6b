import { browser } from 'wxt/browser';
import { untimed } from '../../utils/claims/parts';
import { partTimer } from './claims-parts';
import { afterPaint } from './next-paint';
import type { ClaimsSource } from '../../utils/messages/protocol';
import type { Claim, PageReport } from '../../utils/report';

/** The popup's own timeline entry for its claims step, read by `npm run bench` on the popup page. */
export const CLAIMS_MEASURE = 'as-of:claims';
/** No page may hold the popup longer than this: the claims step stops reading sentences here. */
export const CLAIMS_DEADLINE_MS = 1_000;

/**
 * The article's claims, computed here in the popup: the page hands over its article HTML, the
 * popup parses it (scripts never run in a DOMParser document) and runs the one claims path,
 * analyzeClaims, against the report's publish date and `now`. The page never loads the engine.
 * The engine and its language model (popup-engine.ts) load while the page prepares its HTML, once
 * the report's header has painted; the step stops at CLAIMS_DEADLINE_MS. CLAIMS_MEASURE runs from the
 * moment the popup's thread takes the HTML, after the model's load, to the claims. Null when the page
 * handed over nothing (its copy of As Of is gone); a failed engine load or a throwing step rejects.
 */
export async function claimsFor(tabId: number, report: PageReport): Promise<Claim[] | null> {
  const pending = browser.tabs.sendMessage(tabId, { type: 'as-of:get-claims-source' }).catch(() => null);
  const parts = partTimer();
  const timed = parts?.timed ?? untimed;
  // The report's header paints first: the engine's load (some 100 ms) then holds the thread, not the age.
  await afterPaint();
  parts?.mark('report painted');
  const { analyzeClaims, warmTagger } = await import('./popup-engine');
  parts?.mark('engine loaded');
  timed('model', warmTagger);
  const source = (await pending) as ClaimsSource | null;
  // No answer: the page's copy of As Of is gone, nothing was checked. An empty answer: the page was too large (it says so).
  if (source === null || source === undefined) return null;
  if (!source.html) return [];
  performance.mark(`${CLAIMS_MEASURE}:start`);
  const deadline = performance.now() + CLAIMS_DEADLINE_MS;
  try {
    const doc = timed('parse', () => new DOMParser().parseFromString(source.html, 'text/html'));
    return analyzeClaims(doc, report.published, new Date(report.now), { overBudget: () => performance.now() > deadline, timed: parts?.timed }).claims;
  } finally {
    performance.mark(`${CLAIMS_MEASURE}:end`);
    performance.measure(CLAIMS_MEASURE, `${CLAIMS_MEASURE}:start`, `${CLAIMS_MEASURE}:end`);
    parts?.flush();
  }
}
