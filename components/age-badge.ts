import type { PageReport } from '../utils/report';
import { colorForAge, textColorOn, type Settings } from '../utils/settings';
import { el } from './dom';
import { wireEvidence } from './evidence-popover';
import { isLowConfidence } from './format-stamp';
import { badgeLabel, badgeText, evidenceLines } from './words/report-words';
import type { Words } from './words/words';

export interface BadgeHandlers {
  onDismiss(): void;
}

/** The badge's words when the caller has them already (the content script does): not worked out twice, nor read from the catalogue in the page. */
export interface BadgeWords {
  text: string;
  label: string;
  dismiss: string;
  unsure: string;
}

/**
 * Builds the badge from text nodes only: page text never becomes markup. The evidence box's lines are
 * worked out when the reader first opens it (hover, focus or a tap), not on every page the badge is on.
 */
export function renderAgeBadge(
  container: HTMLElement,
  report: PageReport,
  settings: Pick<Settings, 'bands' | 'olderColor'>,
  handlers: BadgeHandlers,
  words: Words,
  known?: BadgeWords,
): HTMLElement | null {
  const text = known?.text ?? badgeText(report, words);
  if (!text) return null;
  const background = report.age ? colorForAge(report.age.days, settings) : settings.olderColor;
  const low = isLowConfidence(report.published);
  const evidence = el('div', { class: 'as-of-evidence', id: 'as-of-evidence', role: 'tooltip' });
  const fillEvidence = (): void => {
    if (evidence.firstChild) return;
    evidence.append(
      el('strong', {}, words.t('evidence.title')),
      el('ul', {}, ...evidenceLines(report, words).map((line) => el('li', {}, line))));
  };
  const chip = el('button', {
    type: 'button',
    class: 'as-of-chip',
    'aria-label': known?.label ?? badgeLabel(report, words),
    'aria-describedby': 'as-of-evidence',
    style: `background:${background};color:${textColorOn(background)}`,
  },
  el('span', { class: 'as-of-badge', 'data-testid': 'as-of-badge' }, text),
  low && el('span', { class: 'as-of-low', title: known?.unsure ?? words.t('badge.unsure'), 'aria-hidden': 'true' }, '?'));
  const dismiss = el('button', { type: 'button', class: 'as-of-dismiss', 'aria-label': known?.dismiss ?? words.t('badge.dismiss') }, '×');
  dismiss.addEventListener('click', () => handlers.onDismiss());
  const root = el('div', { class: 'as-of-root', 'data-low-confidence': low ? 'true' : undefined }, chip, dismiss, evidence);
  // Hover, focus or a tap opens the evidence; Escape closes it and leaves focus on the badge (WCAG 1.4.13).
  wireEvidence(root, chip, evidence, fillEvidence);
  container.replaceChildren(root);
  return root;
}
