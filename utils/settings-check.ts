import type { ClaimCategory } from './report';
import type { AgeBand, Settings } from './settings';

/**
 * Settings as stored may come from an older version, another browser or a hand-edited sync store: each
 * field is checked on read and a field that does not hold is replaced by its default, so the rest of As Of
 * only ever sees valid settings. Pure: the defaults and the category list come in as arguments.
 */
const HEX = /^#[0-9a-f]{6}$/i;
const MAX_DAYS = 36_500;
const MAX_SITES = 500;

export function checkSettings(stored: unknown, defaults: Settings, categories: readonly ClaimCategory[]): Settings {
  const raw = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const bool = (key: 'badgeEnabled' | 'linkHintsEnabled'): boolean => (typeof raw[key] === 'boolean' ? raw[key] as boolean : defaults[key]);
  const sites = (key: 'silentSites' | 'linkHintSites'): string[] => {
    const value = raw[key];
    if (!Array.isArray(value)) return [...defaults[key]];
    return value.filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length <= 253).slice(0, MAX_SITES);
  };
  const wanted = raw.categories;
  return {
    ...defaults,
    badgeEnabled: bool('badgeEnabled'),
    bands: checkBands(raw.bands) ?? defaults.bands.map((b) => ({ ...b })),
    olderColor: typeof raw.olderColor === 'string' && HEX.test(raw.olderColor) ? raw.olderColor : defaults.olderColor,
    categories: Array.isArray(wanted) ? categories.filter((c) => wanted.includes(c)) : [...defaults.categories],
    silentSites: sites('silentSites'),
    linkHintsEnabled: bool('linkHintsEnabled'),
    linkHintSites: sites('linkHintSites'),
    linkHintMinDays: isDays(raw.linkHintMinDays, 0) ? raw.linkHintMinDays : defaults.linkHintMinDays,
  };
}

/** Whole days, at least `min`, at most a century. */
export function isDays(value: unknown, min = 1): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= MAX_DAYS;
}

/** Bands must rise: each "up to" above the one before, each a valid colour. Null when they don't. */
export function checkBands(value: unknown): AgeBand[] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > 10) return null;
  const bands: AgeBand[] = [];
  for (const band of value as unknown[]) {
    const b = band as Partial<AgeBand> | null;
    if (!b || !isDays(b.upToDays) || typeof b.color !== 'string' || !HEX.test(b.color)) return null;
    if (bands.length > 0 && b.upToDays <= bands[bands.length - 1]!.upToDays) return null;
    bands.push({ upToDays: b.upToDays, color: b.color });
  }
  return bands;
}
