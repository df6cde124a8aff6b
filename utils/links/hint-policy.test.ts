import { describe, expect, it } from 'vitest';
import { NOW } from '../../test/helpers/fixtures';
import { DEFAULT_SETTINGS } from '../settings';
import { isOlderThan, linkHintsOn, withLinkHintSite } from './hint-policy';
import type { AddressDate } from './types';

const date = (value: string): AddressDate => ({ value, day: value.length === 10 ? value : null, precision: value.length === 10 ? 'day' : 'month', source: 'url', evidence: value, pattern: 'test' });

describe('where link ages show', () => {
  it('on the default search, aggregator and social sites and their subdomains, nowhere else', () => {
    for (const host of ['www.google.com', 'news.ycombinator.com', 'old.reddit.com', 'www.bing.com', 'duckduckgo.com']) expect(linkHintsOn(host, DEFAULT_SETTINGS), host).toBe(true);
    for (const host of ['www.nytimes.com', 'example.org', 'google.com.evil.example']) expect(linkHintsOn(host, DEFAULT_SETTINGS), host).toBe(false);
  });

  it('never on a quiet site, and not at all when switched off', () => {
    expect(linkHintsOn('www.reddit.com', { ...DEFAULT_SETTINGS, silentSites: ['reddit.com'] })).toBe(false);
    expect(linkHintsOn('www.google.com', { ...DEFAULT_SETTINGS, linkHintsEnabled: false })).toBe(false);
  });

  it('the popup switch adds the site, and removes every entry that covers it', () => {
    const on = withLinkHintSite(DEFAULT_SETTINGS, 'www.lobste.rs', true);
    expect(linkHintsOn('lobste.rs', { ...DEFAULT_SETTINGS, ...on })).toBe(true);
    const off = withLinkHintSite(DEFAULT_SETTINGS, 'old.reddit.com', false);
    expect(off.linkHintSites).not.toContain('reddit.com');
    expect(linkHintsOn('old.reddit.com', { ...DEFAULT_SETTINGS, ...off })).toBe(false);
    expect(linkHintsOn('news.ycombinator.com', { ...DEFAULT_SETTINGS, ...off })).toBe(true);
  });
});

describe('old enough for a mark', () => {
  it('measures a day from that day and a month from its last day', () => {
    expect(isOlderThan(date('2025-11-24'), NOW, 365)).toBe(true);
    expect(isOlderThan(date('2025-11-26'), NOW, 365)).toBe(false);
    expect(isOlderThan(date('2025-10'), NOW, 365)).toBe(true);
    expect(isOlderThan(date('2025-11'), NOW, 365)).toBe(false);
  });
});
