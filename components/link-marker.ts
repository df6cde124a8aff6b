import { datedLink, type LinkDateOptions } from '../utils/links/find-link-dates';
import { isOlderThan } from '../utils/links/hint-policy';
import type { Settings } from '../utils/settings';
import { createLinkAgeMark, linkAgeMarkContent } from './link-age-mark';
import type { Words } from './words/words';

/**
 * One link's whole step, as the page feature runs it for each link: its address date, and when that is
 * older than the reader's threshold, a mark right after it. Returns the mark, or null (no date, too
 * recent, the page's own site, a picture link). Also what the benchmark times per link. `href` is the
 * link's address as the caller read it, `at` the page's address and the time, read once for a batch of links.
 */
export function markLink(a: HTMLAnchorElement, href: string, at: LinkDateOptions, tag: string, settings: Settings, words: Words): HTMLElement | null {
  const link = datedLink({ href }, at);
  if (!link?.published || !link.age || !isOlderThan(link.published, at.now, settings.linkHintMinDays)) return null;
  // Read only for the few dated links: a picture link gets no mark (its text link, if any, does).
  if (!a.textContent?.trim()) return null;
  const host = createLinkAgeMark(tag, linkAgeMarkContent(link.published, link.age, settings, words));
  a.after(host);
  return host;
}
