import { datedLink } from '../utils/links/find-link-dates';
import { isOlderThan } from '../utils/links/hint-policy';
import type { Settings } from '../utils/settings';
import { createLinkAgeMark, linkAgeMarkContent } from './link-age-mark';
import type { Words } from './words/words';

/**
 * One link's whole step, as the page feature runs it for each link: its address date, and when that is
 * older than the reader's threshold, a mark right after it. Returns the mark, or null (no date, too
 * recent, the page's own site, a picture link). Also what the benchmark times per link.
 */
export function markLink(a: HTMLAnchorElement, now: Date, tag: string, settings: Settings, words: Words): HTMLElement | null {
  if (!a.textContent?.trim()) return null; // a picture link: its text link, if any, gets the mark
  const link = datedLink({ href: a.href }, { url: location.href, now });
  if (!link?.published || !link.age || !isOlderThan(link.published, now, settings.linkHintMinDays)) return null;
  const host = createLinkAgeMark(tag, linkAgeMarkContent(link.published, link.age, settings, words));
  a.after(host);
  return host;
}
