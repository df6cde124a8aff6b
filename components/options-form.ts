import type { ClaimCategory } from '../utils/report';
import { ALL_CATEGORIES, parseSiteList, type AgeBand, type Settings } from '../utils/settings';
import { categoryName } from './category-names';
import { el } from './dom';
import type { Words } from './words/words';

/**
 * The options form. Every change calls `onChange` with the whole new settings object at once,
 * so the page saves it and every open tab applies it live.
 */
export function renderOptionsForm(root: HTMLElement, settings: Settings, onChange: (next: Settings) => void, words: Words): void {
  let current = settings;
  const update = (patch: Partial<Settings>): void => {
    current = { ...current, ...patch };
    onChange(current);
  };

  const badge = el('input', { type: 'checkbox', id: 'badge-enabled' });
  badge.checked = settings.badgeEnabled;
  badge.addEventListener('change', () => update({ badgeEnabled: badge.checked }));

  const bandRows = settings.bands.map((band, index) => bandRow(band, index, (next) => {
    update({ bands: current.bands.map((b, i) => (i === index ? next : b)) });
  }, words));
  const older = el('input', { type: 'color', id: 'older-color', value: settings.olderColor });
  older.addEventListener('input', () => update({ olderColor: older.value }));

  const categories = ALL_CATEGORIES.map((kind) => categoryBox(kind, settings.categories.includes(kind), (on) => {
    update({ categories: ALL_CATEGORIES.filter((k) => (k === kind ? on : current.categories.includes(k))) });
  }, words));

  const sites = el('textarea', { id: 'silent-sites', rows: '4', placeholder: 'example.com' });
  sites.value = settings.silentSites.join('\n');
  sites.addEventListener('change', () => update({ silentSites: parseSiteList(sites.value) }));

  root.replaceChildren(
    el('fieldset', {}, el('legend', {}, words.t('options.badge')),
      el('label', { class: 'row' }, badge, ` ${words.t('options.badgeShow')}`)),
    el('fieldset', {}, el('legend', {}, words.t('options.colours')),
      el('p', { class: 'hint' }, words.t('options.coloursHint')),
      ...bandRows,
      el('div', { class: 'row' }, el('label', { for: 'older-color' }, words.t('options.older')), older)),
    el('fieldset', {}, el('legend', {}, words.t('options.categories')), ...categories),
    el('fieldset', {}, el('legend', {}, words.t('options.quiet')),
      el('label', { for: 'silent-sites' }, words.t('options.quietHint')), sites),
  );
}

function bandRow(band: AgeBand, index: number, onChange: (next: AgeBand) => void, words: Words): HTMLElement {
  const days = el('input', { type: 'number', min: '1', id: `band-days-${index}`, value: String(band.upToDays) });
  const color = el('input', { type: 'color', id: `band-color-${index}`, value: band.color, 'aria-label': words.t('options.bandColour', [String(index + 1)]) });
  const emit = (): void => onChange({ upToDays: Math.max(1, Number(days.value) || band.upToDays), color: color.value });
  days.addEventListener('change', emit);
  color.addEventListener('input', emit);
  return el('div', { class: 'row' }, el('label', { for: `band-days-${index}` }, words.t('options.upTo')), days, ` ${words.t('options.days')}`, color);
}

function categoryBox(kind: ClaimCategory, checked: boolean, onChange: (on: boolean) => void, words: Words): HTMLElement {
  const box = el('input', { type: 'checkbox', id: `category-${kind}`, name: 'category', value: kind });
  box.checked = checked;
  box.addEventListener('change', () => onChange(box.checked));
  return el('label', { class: 'row' }, box, ` ${categoryName(kind, words)}`);
}
