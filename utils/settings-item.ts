import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_KEY, withDefaults, type Settings } from './settings';

/*
 * The settings as a WXT storage item, with its version and migrations: for the background, the popup and
 * the options page. The content script does not load this (@wxt-dev/storage is a tenth of its size): it
 * reads the same key directly (entrypoints/content/page-settings.ts), and `withDefaults` is also
 * version 2's migration, so both read any stored version alike.
 */
type SettingsItem = ReturnType<typeof defineSettingsItem>;
let item: SettingsItem | undefined;

/** Bump with a migration below when a stored field changes shape or meaning. */
export const SETTINGS_VERSION = 2;

function defineSettingsItem() {
  return storage.defineItem<Settings>(`sync:${SETTINGS_KEY}`, {
    fallback: DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
    migrations: {
      // Version 1 had no version mark and was saved field by field: check each field, fill what is missing.
      2: (old: unknown): Settings => withDefaults(old),
    },
  });
}

/**
 * Kept in storage.sync so a reader's choices follow them across browsers. Defined on first use,
 * so importing this module (Node, tests) never touches the extension API.
 */
export function settingsItem(): SettingsItem {
  item ??= defineSettingsItem();
  return item;
}

/** Reads settings, filling fields a stored older version lacks. */
export async function loadSettings(): Promise<Settings> {
  return withDefaults(await settingsItem().getValue());
}
