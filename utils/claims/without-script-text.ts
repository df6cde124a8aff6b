/**
 * A start tag in serialised HTML, read from its `<`: the whole name (the lookahead stops any backtracking
 * into it), then anything up to `>` outside double quotes (the serialiser quotes every attribute value
 * with `"` and escapes `"` inside it).
 */
const START_TAG = /<([a-zA-Z][^\s/>"]*)(?![^\s/>"])[^>"]*(?:"[^"]*"[^>"]*)*>/y;
/** Elements whose text the serialiser writes raw: skipped whole, so nothing inside them is read as a tag. */
const RAW_TEXT = new Set(['script', 'style', 'noscript', 'xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title']);
/** Where each such element ends: its end tag, as the HTML parser ends it (`</script` then a space, `/` or `>`). */
const END_TAG = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}[\\s/>]`, 'gi')]));
/** Of those, the ones whose text is emptied: code and style sheets, never a sentence of the story. */
const EMPTIED = new Set(['script', 'style']);
/** Readability reads the byline from JSON-LD, and a byline it knows changes what it keeps: kept whole. */
const JSON_LD = /\stype="application\/ld\+json"/i;

/**
 * The page's serialised HTML with the text of its <script> and <style> elements left out (the elements
 * stay, empty; JSON-LD stays whole), for the popup to parse: on many news pages scripts and styles are
 * half of the HTML, and Readability removes them before it reads anything. Comments and the text of
 * <noscript>, <iframe>, <textarea> and the like are copied as they are. One pass of indexOf and a
 * few sticky patterns, so linear on any input; where the HTML is not as the serialiser writes it (an element
 * never closed) the rest is copied unchanged.
 */
export function withoutScriptText(html: string): string {
  const kept: string[] = [];
  let copiedTo = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at)) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      if (end < 0) break;
      at = end + 3;
      continue;
    }
    START_TAG.lastIndex = at;
    const tag = START_TAG.exec(html);
    if (!tag) {
      // A letter after `<` begins a tag in serialised HTML; one never closed is not: the rest is copied as it is.
      if (/[a-zA-Z]/.test(html.charAt(at + 1))) break;
      at += 1;
      continue;
    }
    const name = tag[1]!.toLowerCase();
    at += tag[0].length;
    const end = END_TAG.get(name);
    if (!end) continue;
    end.lastIndex = at;
    const close = end.exec(html)?.index ?? -1;
    if (close < 0) break;
    if (EMPTIED.has(name) && !JSON_LD.test(tag[0])) {
      kept.push(html.slice(copiedTo, at));
      copiedTo = close;
    }
    at = close + 2;
  }
  kept.push(html.slice(copiedTo));
  return kept.join('');
}
