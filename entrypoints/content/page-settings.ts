import { browser } from 'wxt/browser';
import { SETTINGS_KEY, withDefaults, type Settings } from '../../utils/settings';

/**
 * The reader's settings as the page's copy of As Of reads them: the stored value under the same key the
 * options page writes (utils/settings-item.ts), checked field by field, without loading the storage
 * library into every page. `withDefaults` is also the stored versions' migration, so an older stored
 * version reads the same here as there.
 */
export async function readSettings(): Promise<Settings> {
  const stored: Record<string, unknown> = await browser.storage.sync.get(SETTINGS_KEY);
  return withDefaults(stored[SETTINGS_KEY]);
}

/**
 * Calls `onChange` with the new settings whenever a save changes them, until `signal` aborts. A save of
 * the same value (Firefox reports those too) changes nothing, so no open tab analyses its page again for it.
 */
export function watchSettings(signal: AbortSignal, onChange: (next: Settings) => void): void {
  if (signal.aborted) return;
  const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string): void => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'sync' || !change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
    onChange(withDefaults(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => {
    try {
      browser.storage.onChanged.removeListener(listener);
    } catch {
      // The runtime is gone already: its listeners went with it.
    }
  }, { once: true });
}
