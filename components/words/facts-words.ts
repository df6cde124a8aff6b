import type { ReportFacts } from '../../utils/messages/report-facts';
import type { BadgeWordsAnswer, ToolbarState } from '../../utils/messages/protocol';
import { toToolbarState } from '../../utils/messages/toolbar-state';
import { REPORT_VERSION, type PageReport, type StampFinding } from '../../utils/report';
import { badgeLabel, badgeText, toolbarBadge, toolbarTitle } from './report-words';
import type { Words } from './words';

/** What the background says for a tab's report facts: the badge's words for the page, the toolbar's for itself. */
export interface FactsWords extends BadgeWordsAnswer {
  toolbar: ToolbarState | null;
}

/**
 * The badge's text and accessible label and the toolbar's state, worded from a report's facts (the
 * background does this, where Intl is warm, so a page's load creates no Intl object). The same
 * functions as for a full report, so the badge, the toolbar and the popup never say different things.
 */
export function factsWords(facts: ReportFacts, words: Words): FactsWords {
  const report = factsReport(facts);
  // The badge's text is worked out once (Intl formatters are not free) and reused by its label and the toolbar's title.
  const badge = badgeText(report, words);
  return {
    badge,
    label: badgeLabel(report, words, badge),
    toolbar: toToolbarState(report, toolbarBadge(report, words), toolbarTitle(report, words, badge)),
  };
}

/** An article's report holding only the facts: the fields the words above read. */
function factsReport(facts: ReportFacts): PageReport {
  const conflict = facts.dateConflict;
  return {
    version: REPORT_VERSION, url: '', now: facts.now, article: { isArticle: true, reasons: [] },
    notice: facts.notice ? { kind: 'age-label', text: '', selector: '', tagName: '', statedAge: null, agreesWithStamps: null } : null,
    published: wordStamp(facts.published), updated: wordStamp(facts.updated), captured: null, age: facts.age, claims: [],
    dateConflict: conflict && { ...conflict, metadataSource: 'meta' },
    timings: { total: 0, article: 0, stamps: 0, notice: 0, claims: 0 }, problems: [],
  };
}

function wordStamp(stamp: ReportFacts['published']): StampFinding | null {
  return stamp && { ...stamp, source: 'meta', evidence: '', location: '', disagreements: [] };
}
