import type { AgeInfo, ArticleVerdict } from '../report';
import type { ToolbarState } from './protocol';

/** The toolbar text is a few characters ("12y", "11mo"); a tooltip one line. Longer is not As Of's. */
export const MAX_TOOLBAR_TEXT = 4;
export const MAX_TOOLBAR_TITLE = 160;

/**
 * What the toolbar shows for a report: its few characters (`text`, "12y"; "?" for a dated notice
 * without a stamp), the age in days for the colour, and the tooltip; null when it shows nothing. The
 * words come from components/words so the toolbar and the badge never say different things.
 */
export function toToolbarState(report: { article: Pick<ArticleVerdict, 'isArticle'>; age: AgeInfo | null } | null, text: string, title: string): ToolbarState | null {
  if (!report?.article.isArticle || !text) return null;
  return boundedToolbarState({ text, days: report.age?.days ?? null, title });
}

/**
 * The same state with every field checked and cut to size: the background runs it on whatever a tab
 * sends before it stores anything. Null when the value is not a toolbar state at all.
 */
export function boundedToolbarState(value: unknown): ToolbarState | null {
  if (typeof value !== 'object' || value === null) return null;
  const { text, days, title } = value as Record<string, unknown>;
  if (typeof text !== 'string' || text.length === 0) return null;
  return {
    text: text.slice(0, MAX_TOOLBAR_TEXT),
    days: typeof days === 'number' && Number.isFinite(days) ? Math.max(0, Math.round(days)) : null,
    title: typeof title === 'string' ? title.slice(0, MAX_TOOLBAR_TITLE) : '',
  };
}
