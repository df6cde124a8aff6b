import { updateMatters } from '../../utils/age';
import type { FactStamp } from '../../utils/messages/report-facts';
import type { AgeInfo, ArticleVerdict, DateConflict, PageReport } from '../../utils/report';
import { isLowConfidence } from '../format-stamp';
import { ageText, agoText, toolbarText } from './age-words';
import { formatStampDate } from './date-words';
import { confidenceLine, disagreementLine, stampLine } from './evidence-words';
import { SEPARATOR, tCount, type Words } from './words';

/**
 * What the badge's and toolbar's words read of a report: a whole PageReport (the popup, tests) or the facts
 * a page sends the background (utils/messages/report-facts.ts), which words them there.
 */
export interface BadgeFacts {
  now: string;
  age: AgeInfo | null;
  published: FactStamp | null;
  updated: FactStamp | null;
  /** Only whether the page carries an old-story notice is read. */
  notice: PageReport['notice'] | boolean;
  dateConflict?: Pick<DateConflict, 'metadata'> | null;
}

/**
 * The badge's words: "12 years old · 12 Jun 2014", "about 12 years old · 2014",
 * "… · updated 3 years ago" only when the update matters (utils/age.ts, UPDATE_WORTH_SHOWING), and
 * "… · page data says 22 Nov 2026" when the page's metadata contradicts its visible date;
 * null when there is nothing to say.
 */
export function badgeText(report: BadgeFacts, words: Words): string | null {
  if (!report.age || !report.published) return report.notice ? words.t('age.archivedUnknown') : null;
  const parts = [ageText(report.age, words), formatStampDate(report.published, words)];
  const now = new Date(report.now);
  if (updateMatters(report.published, report.updated, now)) parts.push(words.t('age.updated', [agoText(report.updated, now, words)]));
  // The page contradicts itself (visible first publication long before its metadata's date): both are shown.
  if (report.dateConflict) parts.push(words.t('age.conflict', [formatStampDate(dayOf(report.dateConflict.metadata), words)]));
  return parts.join(SEPARATOR);
}

/** The badge's accessible name: "Article age: 12 years old · 12 Jun 2014 (not sure)". `badge`: its badgeText, when known. */
export function badgeLabel(report: BadgeFacts, words: Words, badge: string | null = badgeText(report, words)): string {
  const text = badge ?? words.t('age.unknown');
  return words.t(isLowConfidence(report.published) ? 'badge.labelUnsure' : 'badge.label', [text]);
}

/**
 * The toolbar's few characters ("12y", "12J"; "12y?" when the date rests on weak evidence, as the badge's
 * "?"), "?" for a dateless archive notice, "" elsewhere.
 */
export function toolbarBadge(report: BadgeFacts | null, words: Words): string {
  if (report?.age) return toolbarText(report.age, words) + (report.age.from === 'published' && isLowConfidence(report.published) ? '?' : '');
  return report?.notice ? '?' : '';
}

/** The toolbar button's tooltip: the age and the date, or just the name where there is no article. */
export function toolbarTitle(report: BadgeFacts | null, words: Words, text: string | null = report ? badgeText(report, words) : null): string {
  return text ? words.t('toolbar.title', [text]) : words.t('toolbar.titleIdle');
}

/** The evidence behind the badge, in plain words: where each date came from, how sure, what disagreed. */
export function evidenceLines(report: PageReport, words: Words): string[] {
  const lines: string[] = [];
  const { published, updated, notice } = report;
  if (published) {
    lines.push(stampLine(published, 'published', words), confidenceLine(published, words));
    const disagreed = disagreementLine(published, words);
    if (disagreed) lines.push(disagreed);
  } else {
    lines.push(words.t('evidence.noDate'));
  }
  if (updated) lines.push(stampLine(updated, 'updated', words));
  const conflict = report.dateConflict;
  if (conflict) lines.push(words.t('evidence.conflict', [formatStampDate(dayOf(conflict.visible), words), formatStampDate(dayOf(conflict.metadata), words)]));
  if (notice && published?.source !== 'notice') lines.push(words.t('evidence.notice', [notice.text]));
  return lines;
}

function dayOf(day: string): { value: string; day: string; precision: 'day' } {
  return { value: day, day, precision: 'day' };
}

/** Why a page is not taken for a news article, said the way round a reader asks it. */
export function notArticleReason(article: ArticleVerdict, words: Words): string {
  return typeof article.paragraphs === 'number' ? tCount(words, 'popup.notArticleShort', article.paragraphs) : words.t('popup.notArticleNone');
}
