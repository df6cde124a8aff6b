import { isSilentSite, type Settings } from '../settings';
import type { AddressDate } from './types';
import { DAY_MS } from '../time/day';

type HintSettings = Pick<Settings, 'linkHintsEnabled' | 'linkHintSites' | 'silentSites'>;

/** Does the reader want link ages on this host? Decided from the host name and the settings only. */
export function linkHintsOn(hostname: string, settings: HintSettings): boolean {
  return settings.linkHintsEnabled && isSilentSite(hostname, settings.linkHintSites) && !isSilentSite(hostname, settings.silentSites);
}

/** The popup's switch: the site list with `hostname` added, or with every entry covering it removed. */
export function withLinkHintSite(settings: HintSettings, hostname: string, on: boolean): Pick<Settings, 'linkHintsEnabled' | 'linkHintSites'> {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  const others = settings.linkHintSites.filter((site) => !isSilentSite(host, [site]));
  return on
    ? { linkHintsEnabled: true, linkHintSites: [...others, host] }
    : { linkHintsEnabled: settings.linkHintsEnabled, linkHintSites: others };
}

/**
 * Is the linked story surely older than `minDays`? Measured from the last day the address allows:
 * "2025-11" may mean 30 November.
 */
export function isOlderThan(date: AddressDate, now: Date, minDays: number): boolean {
  const [y, m, d] = date.value.split('-').map(Number) as [number, number, number?];
  const latest = d === undefined ? Date.UTC(y, m, 0) : Date.UTC(y, m - 1, d);
  return now.getTime() - latest >= minDays * DAY_MS;
}
