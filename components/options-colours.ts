import { checkBands, isDays } from '../utils/settings-check';
import { contrastRatio, type AgeBand, type Settings } from '../utils/settings';
import { el } from './dom';
import type { Words } from './words/words';

/** WCAG AA for the badge's 13 px text. */
const MIN_CONTRAST = 4.5;

interface ColourHandlers {
  onChange(patch: Pick<Settings, 'bands'> | Pick<Settings, 'olderColor'>): void;
  onInvalid(): void;
  current(): Settings;
}

/**
 * The age bands ("Band 1: up to 7 days", its colour) and the colour for older articles. A number that
 * is not a whole number of days, or not above the band before, is marked on its field and not saved
 * (the field keeps what the reader typed); a colour on which neither white nor black text reaches 4.5:1
 * is saved but warned about.
 */
export function colourFields(settings: Settings, words: Words, handlers: ColourHandlers): HTMLElement {
  const rows = settings.bands.map((band, index) => bandRow(band, index, words, () => {
    const next = rows.map((row) => row.read());
    rows.forEach((row, i) => row.showError(rowError(next, i, words)));
    const bands = checkBands(next.map((b) => ({ upToDays: b.days, color: b.color })));
    if (bands) handlers.onChange({ bands });
    else handlers.onInvalid();
  }));
  const older = el('input', { type: 'color', id: 'older-color', value: settings.olderColor, 'aria-describedby': 'older-color-warning' });
  const olderWarning = contrastWarning('older-color-warning', settings.olderColor, words);
  older.addEventListener('input', () => {
    olderWarning.update(older.value);
    handlers.onChange({ olderColor: older.value });
  });
  return el('fieldset', {}, el('legend', {}, words.t('options.colours')),
    el('p', { class: 'hint' }, words.t('options.coloursHint')),
    ...rows.map((row) => row.element),
    el('div', { class: 'row' }, el('label', { for: 'older-color' }, words.t('options.older')), older),
    olderWarning.element);
}

function rowError(bands: { days: number }[], index: number, words: Words): string {
  const days = bands[index]!.days;
  if (!isDays(days)) return words.t('options.daysInvalid');
  const before = bands[index - 1];
  if (before && isDays(before.days) && days <= before.days) return words.t('options.daysOrder', [String(before.days)]);
  return '';
}

function bandRow(band: AgeBand, index: number, words: Words, onEdit: () => void) {
  const n = String(index + 1);
  const daysId = `band-days-${index}`;
  const days = el('input', { type: 'number', min: '1', step: '1', id: daysId, value: String(band.upToDays), 'aria-describedby': `${daysId}-error` });
  const color = el('input', { type: 'color', id: `band-color-${index}`, value: band.color, 'aria-label': words.t('options.bandColour', [n]), 'aria-describedby': `band-color-${index}-warning` });
  const error = el('p', { class: 'error', id: `${daysId}-error` });
  const warning = contrastWarning(`band-color-${index}-warning`, band.color, words);
  days.addEventListener('input', onEdit);
  color.addEventListener('input', () => {
    warning.update(color.value);
    onEdit();
  });
  return {
    element: el('div', { class: 'band' },
      el('div', { class: 'row' }, el('label', { for: daysId }, words.t('options.bandUpTo', [n])), days, ` ${words.t('options.days')}`, color),
      error, warning.element),
    read: () => ({ days: days.value.trim() === '' ? NaN : Number(days.value), color: color.value }),
    showError(message: string) {
      error.textContent = message;
      if (message) days.setAttribute('aria-invalid', 'true');
      else days.removeAttribute('aria-invalid');
    },
  };
}

function contrastWarning(id: string, colour: string, words: Words) {
  const element = el('p', { class: 'warning', id, role: 'status' });
  const update = (value: string): void => {
    const best = Math.max(contrastRatio(value, '#ffffff'), contrastRatio(value, '#111111'));
    element.textContent = best < MIN_CONTRAST ? words.t('options.lowContrast', [best.toFixed(1)]) : '';
  };
  update(colour);
  return { element, update };
}
