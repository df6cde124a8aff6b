import { afterEach, describe, expect, it } from 'vitest';
import { NOW, seedDocument } from '../../test/helpers/fixtures';
import { findClaims } from './find-claims';
import { locateClaim } from './locate-claim';
import { publishStamp } from './test-stamps';

/**
 * The window's own document stands in for the live page: happy-dom's ranges over a DOMParser
 * document do not serialise, the window's do, as in a browser.
 */
function livePage(bodyHtml: string): Document {
  document.body.innerHTML = bodyHtml;
  return document;
}
const livePageOfSeed = (): Document => livePage(seedDocument().body.innerHTML);

const collapsed = (range: Range | null): string | undefined => range?.toString().replace(/\s+/g, ' ');

describe('locateClaim', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('finds every claim of the seed page in the live page', () => {
    const doc = livePageOfSeed();
    const claims = findClaims(doc, publishStamp('2014'), NOW);
    expect(claims.length).toBeGreaterThan(10);
    for (const claim of claims) expect(collapsed(locateClaim(doc, claim.locator))).toBe(claim.text);
  });

  it('finds a sentence that spans inline elements and line breaks', () => {
    const doc = livePage(`<article><p>Intro.</p><p>For now, militants <em>remain in control</em> of
      <a href="#">Mosul</a>, a city of 1.6 million. Then more.</p></article>`);
    const quote = 'For now, militants remain in control of Mosul, a city of 1.6 million.';
    const range = locateClaim(doc, { sentenceIndex: 1, quote, prefix: 'Intro.', suffix: 'Then more.' });
    expect(collapsed(range)).toBe(quote);
    expect(range?.startContainer.parentElement?.tagName).toBe('P');
    expect(range?.endContainer.parentElement?.tagName).toBe('P');
  });

  it('picks the occurrence whose neighbours match when a sentence repeats', () => {
    const doc = livePage('<p>Alpha one. Prices rose 5%.</p><p>Beta two. Prices rose 5%.</p>');
    const range = locateClaim(doc, { sentenceIndex: 3, quote: 'Prices rose 5%.', prefix: 'Beta two.', suffix: '' });
    expect(range?.startContainer.parentElement?.textContent).toContain('Beta two.');
  });

  it('returns null for a sentence the page no longer has, and leaves the page unchanged', () => {
    const doc = livePageOfSeed();
    const before = doc.body.innerHTML;
    expect(locateClaim(doc, { sentenceIndex: 0, quote: 'Militants withdrew from Mosul.', prefix: '', suffix: '' })).toBeNull();
    expect(doc.body.innerHTML).toBe(before);
  });
});
