import type { ClaimLocator } from '../report';

const SKIPPED = 'script, style, noscript, template, textarea, as-of-badge';
const SPACE = /\s/;

interface FlatText {
  /** The body's visible text, each whitespace run as one space. */
  text: string;
  /** For each character of `text`, the text node and offset it came from. */
  nodes: Text[];
  offsets: number[];
}

function flatten(doc: Document): FlatText {
  const flat: FlatText = { text: '', nodes: [], offsets: [] };
  const parts: string[] = [];
  let lastWasSpace = true;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement?.closest(SKIPPED)) continue;
    const data = node.data;
    for (let i = 0; i < data.length; i += 1) {
      const space = SPACE.test(data[i]!);
      if (space && lastWasSpace) continue;
      parts.push(space ? ' ' : data[i]!);
      flat.nodes.push(node);
      flat.offsets.push(i);
      lastWasSpace = space;
    }
  }
  flat.text = parts.join('');
  return flat;
}

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** How well the text around an occurrence matches the locator's prefix and suffix. */
function contextScore(flat: string, at: number, length: number, locator: ClaimLocator): number {
  const prefix = normalise(locator.prefix);
  const suffix = normalise(locator.suffix);
  const before = flat.slice(Math.max(0, at - prefix.length - 1), at).trim();
  const after = flat.slice(at + length, at + length + suffix.length + 1).trim();
  return (prefix && before.endsWith(prefix) ? 1 : 0) + (suffix && after.startsWith(suffix) ? 1 : 0);
}

/**
 * Finds a claim's sentence in the live page and returns a Range over it (across inline elements
 * and line breaks), or null when the page no longer has it. Reads the page; never changes it.
 * Where the sentence occurs more than once, the occurrence whose neighbours match wins.
 */
export function locateClaim(doc: Document, locator: ClaimLocator): Range | null {
  const quote = normalise(locator.quote);
  if (!doc.body || quote === '') return null;
  const flat = flatten(doc);
  let best = -1;
  let bestScore = -1;
  for (let at = flat.text.indexOf(quote); at >= 0; at = flat.text.indexOf(quote, at + 1)) {
    const score = contextScore(flat.text, at, quote.length, locator);
    if (score > bestScore) [best, bestScore] = [at, score];
  }
  if (best < 0) return null;
  const end = best + quote.length - 1;
  const range = doc.createRange();
  range.setStart(flat.nodes[best]!, flat.offsets[best]!);
  range.setEnd(flat.nodes[end]!, flat.offsets[end]! + 1);
  return range;
}
