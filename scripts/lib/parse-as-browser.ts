import { createRequire } from 'node:module';
import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * jsdom internals (pinned jsdom 27.4.0; scripts/lib/load-document.test.ts checks the behaviour):
 * DOMParser's own recipe, Document.createImpl + parseIntoDocument, but with the scripting flag on.
 */
interface DocumentImpl { readonly brand?: unique symbol }
const require = createRequire(import.meta.url);
const { parseIntoDocument } = require('jsdom/lib/jsdom/browser/parser') as { parseIntoDocument: (html: string, doc: DocumentImpl) => void };
const DocumentClass = require('jsdom/lib/jsdom/living/generated/Document') as {
  createImpl: (global: unknown, args: [], privateData: { options: Record<string, unknown> }) => DocumentImpl;
};
const idlUtils = require('jsdom/lib/jsdom/living/generated/utils') as { wrapperForImpl: (impl: DocumentImpl) => Document };

/**
 * Parses HTML into a Document as Chromium's parser builds a page it shows: parse5 (the HTML standard's
 * tree construction) with the scripting flag on, as in a tab where JavaScript runs, so `<noscript>`
 * holds raw text and a `<noscript><img></noscript>` in the head does not end the head early.
 * The document has no browsing context (like DOMParser's): no script runs, no stylesheet is parsed
 * (jsdom's CSS parser throws on some real sheets a browser skips), nothing is fetched.
 */
export function parseAsBrowser(html: string, url: string): { document: Document; close: () => void } {
  const dom = new JSDOM('', { url, virtualConsole: new VirtualConsole() });
  const impl = DocumentClass.createImpl(dom.window, [], {
    options: { parsingMode: 'html', encoding: 'UTF-8', contentType: 'text/html', readyState: 'complete', scriptingDisabled: false, url },
  });
  parseIntoDocument(html, impl);
  return { document: idlUtils.wrapperForImpl(impl), close: () => dom.window.close() };
}
