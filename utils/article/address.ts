/**
 * What a page's address says about it. A site's root ("/", "/index.html", "/de/") is its home page, a list
 * of what is new, never one dated item; an address with a query ("/?p=959") or a longer path may be a post.
 */
const HOME_PATH = /^\/(?:[a-z]{2}(?:[-_][a-z]{2})?\/?)?(?:(?:index|home|start|default)(?:\.[a-z]{2,5})?)?$/i;

export function isHomeAddress(address: string): boolean {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return url.search.length <= 1 && HOME_PATH.test(url.pathname);
}
