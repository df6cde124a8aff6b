import { Window } from 'happy-dom';

/**
 * Parses saved HTML into a Document in Node, the way a browser would lay it out but with
 * scripts, styles, frames and every network fetch switched off: analysis reads the markup only.
 */
export function loadDocument(html: string, url: string): { document: Document; close: () => Promise<void> } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  window.document.write(html);
  return { document: window.document as unknown as Document, close: () => window.happyDOM.close() };
}
