import type { Plugin } from 'vite';

/**
 * AMO's linter warns on every `x.innerHTML = <non-literal>` in the bundle, and Readability has two.
 * Both only move markup Readability already holds on its clone of the page, so they become DOM
 * operations with the same effect: the page cache becomes a cloned node, and a <noscript>'s text is
 * parsed by an inert DOMParser document (no scripts run, no resources load) instead of innerHTML.
 * Each rewrite must match exactly: a Readability upgrade that moves them fails the build, loudly.
 */
const REWRITES: readonly [from: string, to: string][] = [
  ['var pageCacheHtml = page.innerHTML;', 'var pageCacheHtml = page.cloneNode(true);'],
  ['page.innerHTML = pageCacheHtml;', 'page.replaceChildren(...Array.from(pageCacheHtml.cloneNode(true).childNodes));'],
  [
    'tmp.innerHTML = noscript.innerHTML;',
    "tmp.replaceChildren(...Array.from(new DOMParser().parseFromString(noscript.innerHTML, 'text/html').body.childNodes));",
  ],
];

export function readabilityWithoutInnerHtml(): Plugin {
  return {
    name: 'as-of:readability-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/@mozilla[\\/]readability[\\/]Readability\.js$/.test(id)) return null;
      let out = code;
      for (const [from, to] of REWRITES) {
        if (!out.includes(from)) throw new Error(`Readability changed: "${from}" not found; review scripts/lib/readability-without-inner-html.ts`);
        out = out.replace(from, to);
      }
      return { code: out, map: null };
    },
  };
}
