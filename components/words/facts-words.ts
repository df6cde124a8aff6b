import type { ReportFacts } from '../../utils/messages/report-facts';
import type { BadgeWordsAnswer, ToolbarState } from '../../utils/messages/protocol';
import { toToolbarState } from '../../utils/messages/toolbar-state';
import { badgeLabel, badgeText, toolbarBadge, toolbarTitle } from './report-words';
import type { Words } from './words';

/** What the background says for a tab's report facts: the badge's words for the page, the toolbar's for itself. */
export interface FactsWords extends BadgeWordsAnswer {
  toolbar: ToolbarState | null;
}

/** The badge's fixed words (not from the facts), sent with its text so the page need not read the catalogue. */
export function badgeFixedWords(words: Words): Pick<BadgeWordsAnswer, 'dismiss' | 'unsure'> {
  return { dismiss: words.t('badge.dismiss'), unsure: words.t('badge.unsure') };
}

/**
 * The badge's text and accessible label and the toolbar's state, worded from a report's facts (the
 * background does this, where Intl is warm, so a page's load creates no Intl object). The same
 * functions as for a full report, so the badge, the toolbar and the popup never say different things.
 */
export function factsWords(facts: ReportFacts, words: Words): FactsWords {
  // The badge's text is worked out once (Intl formatters are not free) and reused by its label and the toolbar's title.
  const badge = badgeText(facts, words);
  // Facts are sent for articles only (toReportFacts).
  const article = { article: { isArticle: true }, age: facts.age };
  return {
    badge,
    label: badgeLabel(facts, words, badge),
    ...badgeFixedWords(words),
    toolbar: toToolbarState(article, toolbarBadge(facts, words), toolbarTitle(facts, words, badge)),
  };
}
