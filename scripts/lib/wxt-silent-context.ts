import type { Plugin } from 'vite';

/**
 * WXT builds a ContentScriptContext around every content script, and its constructor announces the
 * script to the page: a `window.postMessage` whose type carries the extension's id, and a listener for a
 * document `CustomEvent` of that name that invalidates the context. Any page could read the id from the
 * first and switch As Of off with the second. As Of runs its own lifecycle (entrypoints/content/page-runner.ts)
 * and never relies on that handshake, so both calls are removed from the bundle. The rewrite must match
 * exactly: a WXT upgrade that moves them fails the build, loudly.
 */
const ANNOUNCE = 'this.stopOldScripts();';
const LISTEN = 'this.listenForNewerScripts();';

export function wxtSilentContext(): Plugin {
  return {
    name: 'as-of:wxt-silent-context',
    enforce: 'pre',
    transform(code, id) {
      if (!/wxt[\\/]dist[\\/]utils[\\/]content-script-context\.mjs$/.test(id)) return null;
      for (const call of [ANNOUNCE, LISTEN]) {
        if (code.split(call).length !== 2) throw new Error(`WXT changed: "${call}" not found once; review scripts/lib/wxt-silent-context.ts`);
      }
      return { code: code.replace(ANNOUNCE, '').replace(LISTEN, ''), map: null };
    },
  };
}
