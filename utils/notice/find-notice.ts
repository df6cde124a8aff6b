import type { NoticeFinding } from '../report';
import { selectorFor } from '../dom/selector-for';
import { shortText } from '../stamps/region';
import { shownText, textNodesAt } from './locate';
import { matchWording, wordingsInText } from './patterns';
import { webArchiveNotice } from './web-archive-notice';

/** Notices are short: anything longer is a paragraph that merely quotes the wording. */
const MAX_NOTICE_LENGTH = 400;
/** Notices sit at the top of the story or in its byline; past this many text nodes we stop looking. */
const MAX_TEXT_NODES = 20_000;
/** Characters of shown text scanned: far more than any story, so a page of megabytes of text stays bounded. */
const MAX_TEXT_CHARS = 1_000_000;
/**
 * A page's whole text (one native read) is scanned as is up to this size; past it, the text is mostly
 * inline scripts' JSON (half a megabyte on a magazine page) and only the shown text is read and scanned.
 */
const MAX_WHOLE_TEXT = 150_000;
/** Places in the text where a wording was found and whose elements are read. */
const MAX_PLACES = 20;
const MAX_CLIMB = 4;

/**
 * Finds the publisher's old-story notice: the innermost element whose whole text opens with a known
 * wording (the first of several copies, e.g. The Guardian's visible and screen-reader labels). Failing
 * that, a web-archive capture (by its address or its injected toolbar) is reported as a notice of its own kind.
 * `text`: the body's text when the caller has read it already.
 */
export function findNotice(doc: Document, url = '', text: string | null = null): NoticeFinding | null {
  return publisherNotice(doc, text) ?? webArchiveNotice(doc, url);
}

/**
 * The page's text is one native read (or, on a page whose text is mostly scripts, its shown text only),
 * scanned for every wording in the registry; only where one occurs
 * is the page read by element: from the text node where the wording starts (which may hold only part of
 * it: "more than" before <strong>5 years old</strong>), up to the element that holds the whole notice.
 */
function publisherNotice(doc: Document, text: string | null): NoticeFinding | null {
  const body = doc.body;
  if (!body) return null;
  const whole = text ?? body.textContent ?? '';
  const shown = whole.length > MAX_WHOLE_TEXT ? shownText(body, whole, MAX_TEXT_CHARS) : null;
  const hits = wordingsInText(shown ? shown.text : whole).slice(0, MAX_PLACES);
  if (hits.length === 0) return null;
  // Only now, on the rare page that holds a wording, is the page walked: to the text nodes it starts in.
  const offsets = hits.map((h) => (shown ? shown.toWhole(h.index) : h.index));
  const nodes = textNodesAt(body, offsets, MAX_TEXT_NODES);
  const wordings = [...new Set(hits.map((h) => h.wording))];
  for (const node of nodes) {
    // A link or a menu names another page ("Archiv: Publikationen zu …"); a notice is about this one.
    if (node.parentElement?.closest('a, nav')) continue;
    let el = node.parentElement;
    for (let depth = 0; el && depth < MAX_CLIMB; depth += 1, el = el.parentElement) {
      // Bounded read: a big ancestor costs no more than a notice-sized one.
      const text = shortText(el, MAX_NOTICE_LENGTH + 1);
      if (text.length > MAX_NOTICE_LENGTH) break;
      for (const wording of wordings) {
        const match = matchWording(text, wording);
        if (match) return { ...match, text, selector: selectorFor(el), tagName: el.tagName.toLowerCase(), agreesWithStamps: null };
      }
    }
  }
  return null;
}
