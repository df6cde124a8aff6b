import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettings, watchSettings } from '../../../entrypoints/content/page-settings';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { settingsItem } from '../../../utils/settings-item';

describe('the page reads the settings the options page saves, without the storage library', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the defaults before anything is saved, and what the options page saved after', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    await settingsItem().setValue({ ...DEFAULT_SETTINGS, badgeEnabled: false, silentSites: ['example.org'] });
    expect(await readSettings()).toMatchObject({ badgeEnabled: false, silentSites: ['example.org'] });
  });

  it('reads an older stored version (no version mark, fields missing) as the migration would', async () => {
    await fakeBrowser.storage.sync.set({ settings: { badgeEnabled: false, bands: [{ upToDays: 0, color: '#123456' }] } });
    const read = await readSettings();
    expect(read.badgeEnabled).toBe(false);
    expect(read.bands).toEqual(DEFAULT_SETTINGS.bands);
  });

  it('hears a saved change, checked, and nothing once its signal aborts', async () => {
    const control = new AbortController();
    const seen = vi.fn();
    watchSettings(control.signal, seen);
    await settingsItem().setValue({ ...DEFAULT_SETTINGS, badgeEnabled: false });
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith(expect.objectContaining({ badgeEnabled: false })));
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, olderColor: 'url(x)' } });
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith(expect.objectContaining({ olderColor: DEFAULT_SETTINGS.olderColor })));
    const calls = seen.mock.calls.length;
    control.abort();
    await settingsItem().setValue({ ...DEFAULT_SETTINGS, badgeEnabled: true });
    await new Promise((done) => setTimeout(done, 10));
    expect(seen).toHaveBeenCalledTimes(calls);
  });

  it('reads the defaults again once the settings are removed, and hears the removal', async () => {
    const control = new AbortController();
    const seen = vi.fn();
    await settingsItem().setValue({ ...DEFAULT_SETTINGS, badgeEnabled: false });
    watchSettings(control.signal, seen);
    await fakeBrowser.storage.sync.remove('settings');
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith(DEFAULT_SETTINGS));
    control.abort();
  });

  it('does not analyse the page again for a save that changes nothing', async () => {
    const control = new AbortController();
    const seen = vi.fn();
    await settingsItem().setValue({ ...DEFAULT_SETTINGS, badgeEnabled: false });
    watchSettings(control.signal, seen);
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, badgeEnabled: false } });
    await settingsItem().setValue({ ...DEFAULT_SETTINGS, badgeEnabled: true });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledTimes(1));
    expect(seen).toHaveBeenLastCalledWith(expect.objectContaining({ badgeEnabled: true }));
    control.abort();
  });
});
