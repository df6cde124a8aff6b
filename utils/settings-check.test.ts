import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALL_CATEGORIES, DEFAULT_SETTINGS } from './settings';
import { SETTINGS_VERSION, loadSettings } from './settings-item';
import { checkBands, checkSettings } from './settings-check';

const check = (stored: unknown) => checkSettings(stored, DEFAULT_SETTINGS, ALL_CATEGORIES);

describe('settings checked on read', () => {
  it('keeps valid fields and replaces each invalid one by its default', () => {
    const stored = {
      badgeEnabled: 'yes', olderColor: 'red', categories: ['forecast', 'nonsense'], silentSites: ['a.org', 42],
      bands: [{ upToDays: 0, color: '#112233' }], linkHintMinDays: -3, linkHintsEnabled: false,
    };
    expect(check(stored)).toEqual({
      ...DEFAULT_SETTINGS, categories: ['forecast'], silentSites: ['a.org'], linkHintsEnabled: false,
    });
  });

  it('takes nothing from a value that is not an object', () => {
    for (const junk of [null, 'x', 7, [], undefined]) expect(check(junk)).toEqual(DEFAULT_SETTINGS);
  });

  it('wants bands of whole days, rising, with hex colours', () => {
    expect(checkBands([{ upToDays: 7, color: '#000000' }, { upToDays: 30, color: '#ffffff' }])).toHaveLength(2);
    expect(checkBands([{ upToDays: 30, color: '#000000' }, { upToDays: 7, color: '#ffffff' }])).toBeNull();
    expect(checkBands([{ upToDays: 1.5, color: '#000000' }])).toBeNull();
    expect(checkBands([{ upToDays: 0, color: '#000000' }])).toBeNull();
    expect(checkBands([{ upToDays: 7, color: 'url(x)' }])).toBeNull();
  });
});

describe('settings versions', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates settings stored without a version: checked, filled, and marked with the current version', async () => {
    await fakeBrowser.storage.sync.set({ settings: { badgeEnabled: false, bands: [{ upToDays: 0, color: '#123456' }] } });
    vi.resetModules();
    const fresh = await import('./settings-item');
    const loaded = await fresh.loadSettings();
    expect(loaded.badgeEnabled).toBe(false);
    expect(loaded.bands).toEqual(DEFAULT_SETTINGS.bands);
    await vi.waitFor(async () => expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: SETTINGS_VERSION }));
    expect(await loadSettings()).toMatchObject({ badgeEnabled: false });
  });
});
