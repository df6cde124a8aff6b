import { browser } from 'wxt/browser';
import type { BadgeWordsAnswer } from '../../utils/messages/protocol';
import { sameFacts, type ReportFacts } from '../../utils/messages/report-facts';
import { meansStale } from './runtime';

/** Sends a report's facts to the background (which paints the toolbar) and resolves to the badge's words, or null. */
export type AskWords = (facts: ReportFacts | null, force?: boolean) => Promise<BadgeWordsAnswer | null>;

/**
 * The page's one line to the background about its report. The background words the facts (Intl is warm
 * there; the page creates no Intl object at load) and answers the badge's text and label. A repeat of the
 * same facts on the same address gets the last answer without a message; `force` sends anyway (a page
 * back from the back/forward cache, whose toolbar was cleared). A background that does not answer, or
 * answers nonsense, gives null: no badge, nothing thrown into the page; a stale runtime stands this copy down.
 */
export function askWords(signal: AbortSignal, standDown: () => void): { ask: AskWords; last(): ReportFacts | null | undefined } {
  let sent: { url: string; facts: ReportFacts | null; answer: Promise<BadgeWordsAnswer | null> } | null = null;
  let lastFacts: ReportFacts | null | undefined;
  const failed = (error: unknown): null => {
    if (meansStale(error)) standDown();
    return null;
  };
  const ask: AskWords = (facts, force = false) => {
    if (signal.aborted) return Promise.resolve(null);
    if (!force && sent?.url === location.href && sameFacts(sent.facts, facts)) return sent.answer;
    lastFacts = facts;
    try {
      const entry = { url: location.href, facts, answer: Promise.resolve<BadgeWordsAnswer | null>(null) };
      entry.answer = browser.runtime.sendMessage({ type: 'as-of:report', facts }).then(badgeWords, (error: unknown) => {
        // A failed answer is not kept: the next session asks again.
        if (sent === entry) sent = null;
        return failed(error);
      });
      sent = entry;
      return entry.answer;
    } catch (error) {
      sent = null;
      return Promise.resolve(failed(error));
    }
  };
  return { ask, last: () => lastFacts };
}

function badgeWords(value: unknown): BadgeWordsAnswer | null {
  if (typeof value !== 'object' || value === null) return null;
  const { badge, label, dismiss, unsure } = value as Record<string, unknown>;
  if ((badge !== null && typeof badge !== 'string') || typeof label !== 'string' || typeof dismiss !== 'string' || typeof unsure !== 'string') return null;
  return { badge, label, dismiss, unsure };
}
