/**
 * What a page's address says about it. A site's root ("/", "/index.html", "/de/") is its home page, a list
 * of what is new, never one dated item; an address with a query ("/?p=959") or a longer path may be a post.
 * Read with one regular expression (no URL object: this runs on every page).
 */
const ADDRESS = /^https?:\/\/[^/?#]+(\/[^?#]*)?(\?[^#]*)?/i;
const HOME_PATH = /^\/(?:[a-z]{2}(?:[-_][a-z]{2})?\/?)?(?:(?:index|home|start|default)(?:\.[a-z]{2,5})?)?$/i;

export function isHomeAddress(address: string): boolean {
  const parts = ADDRESS.exec(address);
  if (!parts) return false;
  const [, path = '/', query = ''] = parts;
  return query.length <= 1 && HOME_PATH.test(path);
}
