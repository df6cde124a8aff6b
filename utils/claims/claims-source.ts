import { NON_BODY_SELECTOR } from './constants';
import { fallbackRoot, readabilityScope } from './readability-scope';
import { withoutScriptText } from './without-script-text';

/**
 * The page's HTML the claims engine needs, for the popup to parse and read there: the engine
 * (chrono-node, Readability) then never loads in the page. Only queries and one serialisation.
 *
 * The engine reads one region — Readability's scope (the <article>/<main> with most paragraphs),
 * and as a fallback the first <article>/<main> — so when the scope is, or holds, the fallback and
 * is not inside page furniture, that element alone (with the title Readability sees) gives the same
 * paragraphs: a <main> whose first <article> is a teaser is still sent alone.
 * Otherwise the whole document is sent, which is faithful by construction. Either way the text of its
 * scripts and style sheets is left out (withoutScriptText): Readability drops them before reading.
 */
export function claimsSource(doc: Document): string {
  const scope = readabilityScope(doc);
  // The whole document is serialised only when it is what gets sent: on a long page that copy alone can take a long task.
  if (!scope || scope === doc.body || !holdsFallback(scope, fallbackRoot(doc)) || scope.parentElement?.closest(NON_BODY_SELECTOR)) return withoutScriptText(doc.documentElement?.outerHTML ?? '');
  const title = doc.createElement('title');
  title.textContent = doc.title;
  return `<!DOCTYPE html><html><head>${title.outerHTML}</head><body>${withoutScriptText(scope.outerHTML)}</body></html>`;
}

/**
 * The scope is the fallback, or holds it: then the copy's first <article> (or <main>) is the page's too.
 * The page's first <article> lies inside the scope, so no <article> comes before it inside the scope either.
 */
function holdsFallback(scope: Element, fallback: Element | null): boolean {
  return fallback !== null && scope.contains(fallback); // contains() holds for the element itself too
}
