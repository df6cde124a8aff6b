import { articleHtml, type TrustRoute } from './trust-site';

/**
 * Pages that attack As Of the way issue 12 found they could, each served from 127.0.0.1. `runtimeId` is the
 * extension's id as its content script sees it (`browser.runtime.id`): a page could know it (a Chrome Web
 * Store id is public), so the attacks may use it.
 */
export const SPAM_MS = 5_000;
const LONG = 200_000;

export function attackRoutes(runtimeId: string): Record<string, TrustRoute> {
  const wxtName = (event: string): string => JSON.stringify(`${runtimeId}:content:wxt:${event}`);
  return {
    // 1. The old takeover: answer As Of's announcement, and keep sending it.
    '/takeover.html': { body: articleHtml({ extraBody: `<script>
      window.addEventListener('as-of:takeover', () => window.dispatchEvent(new CustomEvent('as-of:takeover')));
      document.addEventListener('as-of:takeover', () => document.dispatchEvent(new CustomEvent('as-of:takeover')));
      setInterval(() => window.dispatchEvent(new CustomEvent('as-of:takeover')), 20);
    </script>` }) },
    // 2. Listen for WXT's start-up message, and forge it (and its location event) by the extension's id.
    '/forged-start.html': { body: articleHtml({ extraHead: `<script>
      window.__seen = [];
      window.addEventListener('message', (e) => window.__seen.push(JSON.stringify(e.data)));
      const forge = () => {
        for (const target of [window, document]) {
          target.dispatchEvent(new CustomEvent(${wxtName('content-script-started')}, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
          target.dispatchEvent(new CustomEvent(${wxtName('locationchange')}));
        }
        window.postMessage({ type: ${wxtName('content-script-started')}, contentScriptName: 'content', messageId: 'forged' }, '*');
      };
      forge();
      setInterval(forge, 20);
    </script>` }) },
    // 3 + 4. Define custom elements first, then try to open, rewrite or relabel whatever As Of mounts.
    '/hostile-dom.html': { body: articleHtml({ extraHead: `<script>
      window.__attempts = { hosts: 0, shadowSeen: 0, attachRefused: 0, defined: 0 };
      const fake = class extends HTMLElement { constructor() { super(); try { this.attachShadow({ mode: 'open' }).textContent = '2 days old'; } catch {} } };
      customElements.define('as-of-badge', class extends fake {});
      const attack = (el) => {
        window.__attempts.hosts += 1;
        if (el.shadowRoot) { window.__attempts.shadowSeen += 1; el.shadowRoot.textContent = '2 days old'; }
        try { el.attachShadow({ mode: 'open' }).textContent = '2 days old'; } catch { window.__attempts.attachRefused += 1; }
        try { if (!customElements.get(el.localName)) { customElements.define(el.localName, class extends fake {}); window.__attempts.defined += 1; } } catch {}
        el.setAttribute('aria-label', '2 days old');
        el.setAttribute('hidden', '');
        el.textContent = '2 days old';
      };
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && n.localName.startsWith('as-of-')) attack(n);
      }).observe(document, { childList: true, subtree: true });
    </script>` }) },
    // 5. Page-made strings as long as a page likes, where As Of reads dates and notices.
    '/flood.html': { body: articleHtml({ extraBody: `<p id="${'n'.repeat(LONG)}" class="${'c '.repeat(LONG / 2)}">This article is more than 5 years old.</p>
      <time class="${'t'.repeat(LONG)}" datetime="2014-06-12T09:40:00-05:00">12 June 2014</time>` }) },
    // 6a. Swap <body> and forge location events as fast as the page can, for SPAM_MS.
    '/spam-body.html': { body: articleHtml({ extraBody: `<script>
      window.addEventListener('load', () => setTimeout(() => {
        const end = performance.now() + ${SPAM_MS};
        window.__swaps = 0;
        const tick = () => {
          for (let i = 0; i < 20; i += 1) {
            const body = document.createElement('body');
            body.appendChild(document.querySelector('main').cloneNode(true));
            document.documentElement.replaceChild(body, document.body);
            window.__swaps += 1;
            window.dispatchEvent(new PopStateEvent('popstate'));
            window.dispatchEvent(new CustomEvent(${wxtName('locationchange')}));
          }
          if (performance.now() < end) setTimeout(tick, 0); else window.__spamDone = true;
        };
        tick();
      }, 1500));
    </script>` }) },
    // 6b. Location events without a new address: forged popstate / hashchange / WXT's event, and replaceState to the same URL.
    '/spam-location.html': { body: articleHtml({ extraBody: `<script>
      window.addEventListener('load', () => setTimeout(() => {
        const end = performance.now() + ${SPAM_MS};
        window.__events = 0;
        const tick = () => {
          // The browser throttles the history API itself (and a page that floods it freezes its own tab): once a tick.
          history.replaceState(history.state, '', location.href);
          for (let i = 0; i < 50; i += 1) {
            window.dispatchEvent(new PopStateEvent('popstate'));
            window.dispatchEvent(new HashChangeEvent('hashchange'));
            window.dispatchEvent(new CustomEvent(${wxtName('locationchange')}));
          }
          window.__events += 151;
          if (performance.now() < end) setTimeout(tick, 0); else window.__spamDone = true;
        };
        tick();
      }, 1500));
    </script>` }) },
    // 8. An article with a plain link away, for Back (bfcache) and for leaving to a page without As Of.
    '/bfcache.html': { body: articleHtml({ extraBody: `<a id="away" href="/elsewhere.html">elsewhere</a><script>
      window.__restored = 0;
      window.addEventListener('pageshow', (e) => { if (e.persisted) window.__restored += 1; });
    </script>` }) },
    '/elsewhere.html': { body: '<!doctype html><html><head><title>Elsewhere</title></head><body><p>Not an article.</p></body></html>' },
    '/plain.html': { body: articleHtml() },
  };
}
