import type { ClaimCategory } from '../utils/report';
import { ALL_CATEGORIES, parseSiteList, type Settings } from '../utils/settings';
import { categoryName } from './category-names';
import { colourFields } from './options-colours';
import { el } from './dom';
import type { MessageKey, Words } from './words/words';

export interface OptionsFormHandlers {
  /** The whole new settings object, to save; every open tab applies it live. */
  onChange(next: Settings): void;
  /** A field holds something that cannot be saved (its own message says why): nothing was saved. */
  onInvalid(): void;
  /** An edit is waiting to be saved (typing in the site list). */
  onPending(): void;
}

/** Typing in the site list saves this long after the last key. */
const TYPING_PAUSE_MS = 500;

const CATEGORY_HINTS: Record<ClaimCategory, MessageKey> = {
  'relative-time': 'options.hint.relativeTime',
  'present-state': 'options.hint.presentState',
  'running-figure': 'options.hint.runningFigure',
  'office-holder': 'options.hint.officeHolder',
  forecast: 'options.hint.forecast',
  record: 'options.hint.record',
};

/** The options form: each valid change goes to `onChange` at once, an invalid one is shown and not saved. */
export function renderOptionsForm(root: HTMLElement, settings: Settings, handlers: OptionsFormHandlers, words: Words): void {
  let current = settings;
  const update = (patch: Partial<Settings>): void => {
    current = { ...current, ...patch };
    handlers.onChange(current);
  };

  const badge = el('input', { type: 'checkbox', id: 'badge-enabled' });
  badge.checked = settings.badgeEnabled;
  badge.addEventListener('change', () => update({ badgeEnabled: badge.checked }));

  const colours = colourFields(settings, words, {
    onChange: (patch) => update(patch),
    onInvalid: handlers.onInvalid,
    current: () => current,
  });

  const categories = ALL_CATEGORIES.map((kind) => {
    const box = el('input', { type: 'checkbox', id: `category-${kind}`, name: 'category', value: kind, 'aria-describedby': `category-${kind}-hint` });
    box.checked = settings.categories.includes(kind);
    box.addEventListener('change', () => update({ categories: ALL_CATEGORIES.filter((k) => (k === kind ? box.checked : current.categories.includes(k))) }));
    return el('div', { class: 'choice' },
      el('label', { class: 'row' }, box, ` ${categoryName(kind, words)}`),
      el('p', { class: 'hint', id: `category-${kind}-hint` }, words.t(CATEGORY_HINTS[kind])));
  });

  const sites = el('textarea', { id: 'silent-sites', rows: '4', placeholder: 'example.com' });
  sites.value = settings.silentSites.join('\n');
  let typing: ReturnType<typeof setTimeout> | undefined;
  sites.addEventListener('input', () => {
    handlers.onPending();
    clearTimeout(typing);
    typing = setTimeout(() => update({ silentSites: parseSiteList(sites.value) }), TYPING_PAUSE_MS);
  });
  sites.addEventListener('change', () => {
    clearTimeout(typing);
    update({ silentSites: parseSiteList(sites.value) });
  });

  root.replaceChildren(
    el('fieldset', {}, el('legend', {}, words.t('options.badge')),
      el('label', { class: 'row' }, badge, ` ${words.t('options.badgeShow')}`)),
    colours,
    el('fieldset', {}, el('legend', {}, words.t('options.categories')), ...categories),
    el('fieldset', {}, el('legend', {}, words.t('options.quiet')),
      el('label', { for: 'silent-sites' }, words.t('options.quietHint')), sites),
  );
}
