/**
 * Which links lead away to something that may be an article: another site, a path beyond the home
 * page, not a file, not a shop or account page.
 */

// Second-level labels under which a country code's sites register (bbc.co.uk, abc.net.au, asahi.co.jp).
const SHARED_SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'ne', 'or', 'go', 'gv', 'nic']);

/** The registrable part of a host name, near enough: "news.bbc.co.uk" → "bbc.co.uk", "m.cnn.com" → "cnn.com". */
export function siteOf(hostname: string): string {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2 || /^[\d.]+$/.test(hostname) || hostname.includes(':')) return labels.join('.');
  const keep = labels.at(-1)!.length === 2 && SHARED_SECOND_LEVEL.has(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

// A file, not a page.
const FILE = /\.(?:jpe?g|png|gif|webp|avif|svg|ico|css|js|mjs|json|xml|rss|atom|mp3|mp4|m4a|ogg|webm|mov|zip|gz|exe|dmg|woff2?)$/i;
// Shops, accounts, search and share dialogs: product codes and ids there are never publish dates.
const NOT_ARTICLE = /\/(?:dp|gp\/product|product|products|shop|store|cart|checkout|item|itm|sku|search|login|signin|signup|register|account|cdn-cgi|wp-admin|wp-login\.php|sharer(?:\.php)?|share|dialog|intent|submit)(?:\/|$)/i;

/** An address that could be an article: a path beyond "/", not a file, not a shop, login or search page. */
export function looksLikeArticle(url: URL): boolean {
  const path = url.pathname;
  if (path === '/' || path === '') return url.search.length > 1;
  return !FILE.test(path) && !NOT_ARTICLE.test(path);
}
