import { CATEGORY_IDS } from './claims/categories';
import type { ClaimCategory } from './report';
import { checkSettings } from './settings-check';

/** One step of the age colour scale: ages up to `upToDays` take `color`. */
export interface AgeBand {
  upToDays: number;
  color: string;
}

export interface Settings {
  badgeEnabled: boolean;
  /** Ascending by upToDays; ages past the last band take `olderColor`. */
  bands: AgeBand[];
  olderColor: string;
  /** Claim categories the popup lists. */
  categories: ClaimCategory[];
  /** Host names (and their subdomains) where As Of shows nothing. */
  silentSites: string[];
  /** Link ages (components/link-age-mark.ts): marks on old dated links, on the sites below only. */
  linkHintsEnabled: boolean;
  /** Host names (and subdomains) where outbound links get an age mark: search engines, aggregators, social sites. */
  linkHintSites: string[];
  /** Only links whose address dates them at least this many days back get a mark. */
  linkHintMinDays: number;
}

/** Every claim category, in the registry's order (utils/claims/categories). */
export const ALL_CATEGORIES: readonly ClaimCategory[] = CATEGORY_IDS;

/** Where link ages show by default: search engines, news aggregators and social sites (the reader edits the list). */
export const DEFAULT_LINK_HINT_SITES: readonly string[] = [
  'google.com', 'google.co.uk', 'google.de', 'google.fr', 'google.ca', 'google.com.au', 'bing.com', 'duckduckgo.com',
  'search.yahoo.com', 'search.brave.com', 'ecosia.org', 'startpage.com', 'news.google.com', 'news.ycombinator.com',
  'techmeme.com', 'reddit.com', 'facebook.com', 'x.com', 'twitter.com', 'bsky.app', 'threads.net', 'mastodon.social',
  'linkedin.com', 'tumblr.com', 'flipboard.com',
];

// Dark enough that white text passes WCAG AA (4.5:1) on each of them.
export const DEFAULT_SETTINGS: Settings = {
  badgeEnabled: true,
  bands: [
    { upToDays: 7, color: '#1b6e3a' },
    { upToDays: 180, color: '#1f5f8b' },
    { upToDays: 730, color: '#8a4b00' },
  ],
  olderColor: '#9b1c1c',
  categories: [...ALL_CATEGORIES],
  silentSites: [],
  linkHintsEnabled: true,
  linkHintSites: [...DEFAULT_LINK_HINT_SITES],
  linkHintMinDays: 365,
};

/** The settings' key in storage.sync (settings-item.ts stores them there; the content script reads it directly). */
export const SETTINGS_KEY = 'settings';

/** Stored settings, each field checked (utils/settings-check.ts): one that does not hold takes its default. */
export function withDefaults(stored: unknown): Settings {
  return checkSettings(stored, DEFAULT_SETTINGS, ALL_CATEGORIES);
}

/** The colour for an age in days on the reader's scale. */
export function colorForAge(days: number, settings: Pick<Settings, 'bands' | 'olderColor'>): string {
  const band = [...settings.bands].sort((a, b) => a.upToDays - b.upToDays).find((b) => days <= b.upToDays);
  return band?.color ?? settings.olderColor;
}

/** Is `hostname` one of the silent sites or a subdomain of one? */
export function isSilentSite(hostname: string, silentSites: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return silentSites.some((site) => {
    const s = site.trim().toLowerCase().replace(/^www\./, '');
    return s !== '' && (host === s || host.endsWith(`.${s}`));
  });
}

/** Parses one site per line (or comma), keeping host names only. */
export function parseSiteList(text: string): string[] {
  return text.split(/[\n,]+/).map((line) => siteHost(line.trim())).filter((s) => s !== '');
}

function siteHost(entry: string): string {
  if (entry === '') return '';
  try {
    return new URL(entry.includes('://') ? entry : `http://${entry}`).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** White or near-black, whichever reads better on `background` (WCAG relative luminance). */
export function textColorOn(background: string): '#ffffff' | '#111111' {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#111111') ? '#ffffff' : '#111111';
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function luminance(hex: string): number {
  const rgb = /^#?([0-9a-f]{6})$/i.exec(hex.trim())?.[1] ?? '000000';
  const channel = (i: number): number => {
    const c = parseInt(rgb.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}
