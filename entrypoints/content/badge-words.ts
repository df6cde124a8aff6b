import { browserWords } from '../../components/words/browser-words';
import { badgeLabel, badgeText, toolbarBadge, toolbarTitle } from '../../components/words/report-words';
import type { Words } from '../../components/words/words';
import type { PageReport } from '../../utils/report';

/** Everything the content script says about a report, in the reader's language: one place to look. */
export interface ReportWords {
  words: Words;
  /** The badge's visible words; null when it has nothing to say (no badge). */
  badge: string | null;
  /** The badge's accessible name, kept on its host for screen readers. */
  label: string;
  toolbarText: string;
  toolbarTitle: string;
}

export function reportWords(report: PageReport): ReportWords {
  const words = browserWords();
  // The badge's text is worked out once (Intl formatters are not free) and reused by its label and the toolbar's title.
  const badge = badgeText(report, words);
  return {
    words,
    badge,
    label: badgeLabel(report, words, badge),
    toolbarText: toolbarBadge(report, words),
    toolbarTitle: toolbarTitle(report, words, badge),
  };
}
