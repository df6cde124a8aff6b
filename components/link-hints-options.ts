import { parseSiteList, type Settings } from '../utils/settings';
import { el } from './dom';
import type { Words } from './words/words';

type LinkHintFields = Pick<Settings, 'linkHintsEnabled' | 'linkHintSites' | 'linkHintMinDays'>;

export interface LinkHintsOptions {
  element: HTMLFieldSetElement;
  /** The section's fields as the reader last set them: the page lays them over any other section's save. */
  current(): LinkHintFields;
}

/**
 * The options' "Link ages" section: on/off, the minimum age, the sites. Every change calls `onChange`
 * with this section's fields only.
 */
export function renderLinkHintsOptions(settings: LinkHintFields, words: Words, onChange: (patch: LinkHintFields) => void): LinkHintsOptions {
  let current: LinkHintFields = { linkHintsEnabled: settings.linkHintsEnabled, linkHintSites: settings.linkHintSites, linkHintMinDays: settings.linkHintMinDays };
  const update = (patch: Partial<LinkHintFields>): void => {
    current = { ...current, ...patch };
    onChange(current);
  };

  const enabled = el('input', { type: 'checkbox', id: 'link-hints-enabled' });
  enabled.checked = current.linkHintsEnabled;
  enabled.addEventListener('change', () => update({ linkHintsEnabled: enabled.checked }));

  const minDays = el('input', { type: 'number', min: '1', id: 'link-hints-min-days', value: String(current.linkHintMinDays) });
  minDays.addEventListener('change', () => {
    const days = Math.round(Number(minDays.value));
    if (Number.isFinite(days) && days >= 1) update({ linkHintMinDays: days });
    else minDays.value = String(current.linkHintMinDays);
  });

  const sites = el('textarea', { id: 'link-hint-sites', rows: '6', placeholder: 'news.ycombinator.com' });
  sites.value = current.linkHintSites.join('\n');
  sites.addEventListener('change', () => update({ linkHintSites: parseSiteList(sites.value) }));

  const element = el('fieldset', { id: 'link-hints' }, el('legend', {}, words.t('linkHints.legend')),
    el('p', { class: 'hint' }, words.t('linkHints.hint')),
    el('label', { class: 'row' }, enabled, ` ${words.t('linkHints.enable')}`),
    el('div', { class: 'row' }, el('label', { for: 'link-hints-min-days' }, words.t('linkHints.minAge')), minDays, ` ${words.t('linkHints.days')}`),
    el('label', { for: 'link-hint-sites' }, words.t('linkHints.sites')), sites);
  return { element, current: () => current };
}
