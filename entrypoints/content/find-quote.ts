import type { ClaimLocator } from '../../utils/report';

/**
 * Stand-in for utils/claims/locate-claim.ts (same signature) until the claims engine ships it:
 * finds the claim's quote among the body's text nodes, whitespace-insensitively.
 */
export function locateClaim(doc: Document, locator: ClaimLocator): Range | null {
  const body = doc.body;
  if (!body || locator.quote.trim() === '') return null;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  let flat = '';
  const map: { node: Text; offset: number }[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement?.closest('script, style, noscript, as-of-badge')) continue;
    const text = node.data;
    for (let i = 0; i < text.length; i += 1) {
      const ch = /\s/.test(text[i]!) ? ' ' : text[i]!;
      if (ch === ' ' && flat.endsWith(' ')) continue;
      flat += ch;
      map.push({ node, offset: i });
    }
  }
  const quote = locator.quote.replace(/\s+/g, ' ').trim();
  const at = flat.indexOf(quote);
  if (at < 0) return null;
  const first = map[at];
  const last = map[at + quote.length - 1];
  if (!first || !last) return null;
  const range = doc.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
}
