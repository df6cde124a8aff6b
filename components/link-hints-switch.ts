import { linkHintsOn, withLinkHintSite } from '../utils/links/hint-policy';
import { withDefaults, type Settings } from '../utils/settings';
import { loadSettings, settingsItem } from '../utils/settings-item';
import { el } from './dom';
import type { Words } from './words/words';

/** The popup's "Show link ages on this site" switch for `hostname`, as the settings have it now. */
export function renderLinkHintsSwitch(hostname: string, settings: Settings, words: Words, onToggle: (on: boolean) => void): HTMLElement {
  const box = el('input', { type: 'checkbox', id: 'link-hints-here' });
  box.checked = linkHintsOn(hostname, settings);
  box.addEventListener('change', () => onToggle(box.checked));
  return el('div', { class: 'link-hints-switch' },
    el('label', { class: 'row' }, box, ` ${words.t('linkHints.switch')}`),
    el('p', { class: 'hint' }, words.t('linkHints.switchHint')));
}

/**
 * Puts the switch after `anchor` for the page at `pageUrl` (http/https only) and keeps it in step with
 * the settings; a toggle saves the site list at once, and the page's content script applies it live.
 */
export async function mountLinkHintsSwitch(anchor: Element, pageUrl: string, words: Words): Promise<void> {
  let hostname: string;
  try {
    const url = new URL(pageUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    hostname = url.hostname;
  } catch {
    return;
  }
  const slot = el('div', { id: 'link-hints-slot' });
  anchor.after(slot);
  const render = (settings: Settings): void => {
    slot.replaceChildren(renderLinkHintsSwitch(hostname, settings, words, (on) => {
      void loadSettings().then((latest) => settingsItem().setValue({ ...latest, ...withLinkHintSite(latest, hostname, on) }));
    }));
  };
  render(await loadSettings());
  settingsItem().watch((next) => render(withDefaults(next)));
}
