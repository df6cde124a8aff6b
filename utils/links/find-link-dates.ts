import { ageOf } from '../age';
import type { StampFinding } from '../report';
import { addressDate } from './address-date';
import { looksLikeArticle, siteOf } from './outbound';
import { httpUrl, unwrapAddress } from './redirectors';
import type { AddressDate, DatedLink, LinkInput } from './types';

export interface LinkDateOptions {
  /** The page's own address: links to its site are not outbound. */
  url: string;
  now: Date;
}

const MAX_TEXT = 200;

// The page's own site, worked out once for all its links (null: the page is not an http(s) address).
let lastPage: { text: string; site: string | null } = { text: '', site: null };
function pageSite(text: string): string | null {
  if (lastPage.text !== text) {
    const url = httpUrl(text);
    lastPage = { text, site: url ? siteOf(url.hostname) : null };
  }
  return lastPage.site;
}

/** What one link's address says, or null when it is not an outbound, article-looking link. */
export function datedLink(link: LinkInput, options: LinkDateOptions): DatedLink | null {
  const site = pageSite(options.url);
  const href = httpUrl(link.href.trim(), options.url);
  if (!href) return null;
  const target = unwrapAddress(href);
  if ((site !== null && siteOf(target.hostname) === site) || !looksLikeArticle(target)) return null;
  const published = addressDate(target, options.now);
  return {
    href: href.href,
    target: target.href,
    text: (link.text ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT),
    published,
    age: published ? ageOf(asStamp(published), options.now, 'published') : null,
  };
}

/**
 * For each outbound, article-looking link of a page (or a list of links), the date its address
 * states, or null. Reads addresses only: nothing is fetched.
 */
export function findLinkDates(input: Document | readonly LinkInput[], options: LinkDateOptions): DatedLink[] {
  const links: readonly LinkInput[] = Array.isArray(input) ? input : anchorsOf(input as Document);
  const found: DatedLink[] = [];
  for (const link of links) {
    const dated = datedLink(link, options);
    if (dated) found.push(dated);
  }
  return found;
}

function anchorsOf(doc: Document): LinkInput[] {
  return Array.from(doc.querySelectorAll('a[href]'), (a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' }));
}

/** The address date in the stamp shape utils/age.ts measures. */
export function asStamp(date: AddressDate): StampFinding {
  return { value: date.value, day: date.day, precision: date.precision, source: 'url', evidence: date.evidence, location: 'url', confidence: 1, disagreements: [] };
}
