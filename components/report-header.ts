import type { PageReport, StampFinding } from '../utils/report';
import { colorForAge, textColorOn, type Settings } from '../utils/settings';
import { el } from './dom';
import { isLowConfidence } from './format-stamp';
import { formatStampDate } from './words/date-words';
import { disagreementLine, sourcePhrase } from './words/evidence-words';
import { badgeText } from './words/report-words';
import type { Words } from './words/words';

/** The popup's header: the age, each stamp at its own precision with where it came from, the notice. */
export function renderReportHeader(report: PageReport, settings: Pick<Settings, 'bands' | 'olderColor'>, words: Words): HTMLElement {
  const background = report.age ? colorForAge(report.age.days, settings) : settings.olderColor;
  // A region named by its own first line, the age: a landmark screen readers can jump to.
  const header = el('section', { class: 'report-header', 'aria-labelledby': 'report-age' },
    el('p', { class: 'age', id: 'report-age', style: `background:${background};color:${textColorOn(background)}` },
      badgeText(report, words) ?? words.t('age.unknown'),
      isLowConfidence(report.published) && el('span', { class: 'low' }, ` · ${words.t('popup.unsure')}`)));
  const facts = el('dl', { class: 'stamps' });
  addStamp(facts, words.t('popup.published'), report.published, 'published', words);
  addStamp(facts, words.t('popup.updated'), report.updated, 'updated', words);
  if (facts.childElementCount > 0) header.append(facts);
  if (report.notice) {
    header.append(el('blockquote', { class: 'notice' }, el('span', { class: 'label' }, words.t('popup.noticeLabel')), report.notice.text));
  }
  return header;
}

function addStamp(list: HTMLElement, name: string, stamp: StampFinding | null, role: 'published' | 'updated', words: Words): void {
  if (!stamp) return;
  const disagreed = disagreementLine(stamp, words);
  list.append(
    el('dt', {}, name),
    el('dd', {},
      el('span', { class: 'date' }, formatStampDate(stamp, words, { withTime: true })),
      el('span', { class: 'evidence' }, sourcePhrase(stamp, role, words)),
      disagreed && el('span', { class: 'disagreement' }, disagreed)),
  );
}
