import type { PageReport } from '../utils/report';
import { colorForAge, textColorOn, type Settings } from '../utils/settings';
import { el } from './dom';
import { agoPhrase, formatStampDate, isLowConfidence, stampEvidence, updatedDiffers } from './format-stamp';

/**
 * The badge's words: "12 years old · 12 Jun 2014", "about 12 years old · 2014",
 * "… · updated 3 years ago" when the updated stamp differs; null when there is nothing to say.
 */
export function badgeText(report: PageReport): string | null {
  if (!report.age || !report.published) return report.notice ? 'Archived article · date unknown' : null;
  const parts = [report.age.label, formatStampDate(report.published)];
  if (updatedDiffers(report.published, report.updated)) parts.push(`updated ${agoPhrase(report.updated, new Date(report.now))}`);
  return parts.join(' · ');
}

/** The evidence lines behind the badge: which signal, its raw text, what disagreed. */
export function evidenceLines(report: PageReport): string[] {
  const lines: string[] = [];
  const { published, updated, notice } = report;
  if (published) {
    lines.push(`Published ${formatStampDate(published)}, from ${stampEvidence(published)}`);
    lines.push(`Confidence ${Math.round(published.confidence * 100)}%${isLowConfidence(published) ? ' (low)' : ''}`);
    for (const other of published.disagreements) lines.push(`Disagreed: ${other}`);
  } else {
    lines.push('No publish date found on the page.');
  }
  if (updated) lines.push(`Updated ${formatStampDate(updated)}, from ${stampEvidence(updated)}`);
  if (notice) lines.push(`Notice: “${notice.text}”`);
  return lines;
}

export interface BadgeHandlers {
  onDismiss(): void;
}

/** Builds the badge from text nodes only: page text never becomes markup. */
export function renderAgeBadge(
  container: HTMLElement,
  report: PageReport,
  settings: Pick<Settings, 'bands' | 'olderColor'>,
  handlers: BadgeHandlers,
): HTMLElement | null {
  const text = badgeText(report);
  if (!text) return null;
  const background = report.age ? colorForAge(report.age.days, settings) : settings.olderColor;
  const low = isLowConfidence(report.published);
  const evidence = el('div', { class: 'as-of-evidence', id: 'as-of-evidence', role: 'tooltip' },
    el('strong', {}, 'How As Of knows'),
    el('ul', {}, ...evidenceLines(report).map((line) => el('li', {}, line))));
  const chip = el('button', {
    type: 'button',
    class: 'as-of-chip',
    'aria-label': `Article age: ${text}${low ? ' (low confidence)' : ''}`,
    'aria-describedby': 'as-of-evidence',
    style: `background:${background};color:${textColorOn(background)}`,
  },
  el('span', { class: 'as-of-badge', 'data-testid': 'as-of-badge' }, text),
  low && el('span', { class: 'as-of-low', title: 'Low confidence', 'aria-hidden': 'true' }, '?'));
  const dismiss = el('button', { type: 'button', class: 'as-of-dismiss', 'aria-label': 'Hide the age badge on this page' }, '×');
  dismiss.addEventListener('click', () => handlers.onDismiss());
  const root = el('div', { class: 'as-of-root', 'data-low-confidence': low ? 'true' : undefined }, chip, dismiss, evidence);
  // Escape hides the evidence again without moving on (WCAG 1.4.13: dismissible on hover/focus).
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') chip.blur();
  });
  container.replaceChildren(root);
  return root;
}
