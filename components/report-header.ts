import type { PageReport, StampFinding } from '../utils/report';
import { colorForAge, textColorOn, type Settings } from '../utils/settings';
import { badgeText } from './age-badge';
import { el } from './dom';
import { formatStampDate, isLowConfidence, precisionWord, stampEvidence } from './format-stamp';

/** The popup's header: the age, each stamp with precision and evidence, the notice. */
export function renderReportHeader(report: PageReport, settings: Pick<Settings, 'bands' | 'olderColor'>): HTMLElement {
  const background = report.age ? colorForAge(report.age.days, settings) : settings.olderColor;
  const header = el('header', { class: 'report-header' },
    el('p', { class: 'age', style: `background:${background};color:${textColorOn(background)}` },
      badgeText(report) ?? 'Date unknown',
      isLowConfidence(report.published) && el('span', { class: 'low' }, ' · low confidence')));
  const facts = el('dl', { class: 'stamps' });
  addStamp(facts, 'Published', report.published);
  addStamp(facts, 'Updated', report.updated);
  if (facts.childElementCount > 0) header.append(facts);
  if (report.notice) {
    header.append(el('blockquote', { class: 'notice' }, el('span', { class: 'label' }, 'Notice on the page: '), report.notice.text));
  }
  return header;
}

function addStamp(list: HTMLElement, name: string, stamp: StampFinding | null): void {
  if (!stamp) return;
  list.append(
    el('dt', {}, name),
    el('dd', {},
      el('span', { class: 'date' }, `${formatStampDate(stamp)} (${precisionWord(stamp.precision)})`),
      el('span', { class: 'evidence' }, `from ${stampEvidence(stamp)}`),
      ...stamp.disagreements.map((d) => el('span', { class: 'disagreement' }, `disagreed: ${d}`))),
  );
}
