import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS, colorForAge, contrastRatio, isSilentSite, parseSiteList, textColorOn,
} from './settings';
import { loadSettings, settingsItem } from './settings-item';

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the defaults before anything is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('fills fields an older stored version lacks', async () => {
    await fakeBrowser.storage.sync.set({ settings: { badgeEnabled: false } });
    const loaded = await loadSettings();
    expect(loaded.badgeEnabled).toBe(false);
    expect(loaded.bands).toEqual(DEFAULT_SETTINGS.bands);
  });

  it('tells watchers about a change, which is how open tabs apply it live', async () => {
    const seen = vi.fn();
    const unwatch = settingsItem().watch(seen);
    await settingsItem().setValue({ ...DEFAULT_SETTINGS, badgeEnabled: false });
    expect(seen).toHaveBeenCalledWith(expect.objectContaining({ badgeEnabled: false }), expect.anything());
    unwatch();
  });
});

describe('colour scale', () => {
  const scale = { bands: [{ upToDays: 180, color: '#35602a' }, { upToDays: 7, color: '#1b6e3a' }], olderColor: '#9b1c1c' };

  it('picks the first band an age fits, in day order, and the older colour past them', () => {
    expect(colorForAge(3, scale)).toBe('#1b6e3a');
    expect(colorForAge(7, scale)).toBe('#1b6e3a');
    expect(colorForAge(8, scale)).toBe('#35602a');
    expect(colorForAge(4000, scale)).toBe('#9b1c1c');
  });

  it('keeps the default colours readable under white text (WCAG AA)', () => {
    for (const color of [...DEFAULT_SETTINGS.bands.map((b) => b.color), DEFAULT_SETTINGS.olderColor]) {
      expect(textColorOn(color)).toBe('#ffffff');
      expect(contrastRatio(color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('switches to dark text on a light colour the reader picked', () => {
    expect(textColorOn('#ffe066')).toBe('#111111');
  });
});

describe('silent sites', () => {
  it('parses one site per line, from host names or URLs', () => {
    expect(parseSiteList('example.com\nhttps://www.news.example/path, \n')).toEqual(['example.com', 'news.example']);
  });

  it('matches the site and its subdomains only', () => {
    expect(isSilentSite('www.example.com', ['example.com'])).toBe(true);
    expect(isSilentSite('blog.example.com', ['example.com'])).toBe(true);
    expect(isSilentSite('notexample.com', ['example.com'])).toBe(false);
  });
});
