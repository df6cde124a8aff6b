import { describe, expect, it } from 'vitest';
import { createBadgeHost, removeStrayHosts } from '../../../entrypoints/content/badge-host';

const settle = (): Promise<void> => new Promise((done) => setTimeout(done, 0));

describe('badge host: what the page gets of the badge', () => {
  it('has a new, unpredictable custom-element tag each time and a closed shadow root', () => {
    const control = new AbortController();
    const tags = new Set(Array.from({ length: 50 }, () => createBadgeHost('', control.signal).host.localName));
    expect(tags.size).toBe(50);
    for (const tag of tags) expect(tag).toMatch(/^as-of-[a-z0-9]{10}$/);
    const { host, container } = createBadgeHost('', control.signal);
    expect(host.shadowRoot).toBeNull();
    expect(container.getRootNode()).not.toBe(document);
  });

  it('carries the badge\'s words as its accessible name and puts them back when the page changes them', async () => {
    const control = new AbortController();
    const badge = createBadgeHost('', control.signal);
    document.body.append(badge.host);
    badge.label('12 years old · 12 Jun 2014');
    expect(badge.host.getAttribute('role')).toBe('group');
    badge.host.setAttribute('aria-label', '2 days old');
    badge.host.setAttribute('hidden', '');
    await settle();
    expect(badge.host.getAttribute('aria-label')).toBe('12 years old · 12 Jun 2014');
    expect(badge.host.hasAttribute('hidden')).toBe(false);
    control.abort();
  });

  it('leaves the page when its session\'s signal aborts', () => {
    const control = new AbortController();
    const badge = createBadgeHost('', control.signal);
    document.body.append(badge.host);
    control.abort();
    expect(badge.host.isConnected).toBe(false);
  });

  it('clears hosts an earlier copy left, and the page\'s clones, but nothing else', () => {
    const control = new AbortController();
    const oldBadge = createBadgeHost('', control.signal);
    oldBadge.label('12 years old');
    const old = oldBadge.host;
    const clone = old.cloneNode() as Element;
    const older = document.createElement('as-of-badge');
    const lookalike = document.createElement('as-of-thing');
    document.body.append(old, clone, older, lookalike);
    removeStrayHosts(null);
    expect(older.isConnected).toBe(false);
    expect(old.isConnected).toBe(false);
    expect(clone.isConnected).toBe(false);
    expect(lookalike.isConnected).toBe(true);
    lookalike.remove();
  });
});
