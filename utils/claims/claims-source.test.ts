import { describe, expect, it } from 'vitest';
import { analyzeClaims } from '../analyze-claims';
import { analyzePage } from '../analyze-page';
import { NOW, SEED_URL, parseHtml, seedDocument } from '../../test/helpers/fixtures';
import { claimsSource } from './claims-source';

/** What the popup lists: the page's handed-over HTML, parsed again and run through analyzeClaims. */
function popupClaims(doc: Document, url: string): ReturnType<typeof analyzeClaims>['claims'] {
  const report = analyzePage(doc, { url, now: NOW, includeClaims: false });
  return analyzeClaims(parseHtml(claimsSource(doc)), report.published, NOW).claims;
}

const paragraphs = (words: string): string => Array.from({ length: 4 }, (_, i) => `<p>${words} Paragraph ${i} says the mayor still leads the city, for now, as officials said on Tuesday.</p>`).join('');

describe('claims computed in the popup from the page’s HTML', () => {
  it('lists the same claims on the seed page as the in-page analysis', () => {
    const inPage = analyzePage(seedDocument(), { url: SEED_URL, now: NOW }).claims;
    expect(inPage.length).toBeGreaterThan(3);
    expect(popupClaims(seedDocument(), SEED_URL)).toEqual(inPage);
  });

  it('hands over only the article when it is the region the engine reads', () => {
    const doc = parseHtml(`<html><head><title>T</title></head><body><nav>Menu</nav><article>${paragraphs('Body.')}</article><footer>Footer text</footer></body></html>`);
    const html = claimsSource(doc);
    expect(html).toContain('Paragraph 3');
    expect(html).not.toContain('Menu');
    expect(popupClaims(doc, 'https://news.example/a')).toEqual(analyzePage(doc, { url: 'https://news.example/a', now: NOW }).claims);
  });

  it('hands over only the <main> whose first <article> is a teaser inside it', () => {
    const doc = parseHtml(`<html><head><title>T</title></head><body><nav>Menu</nav><main><article><p>Teaser only.</p></article>${paragraphs('Main.')}${paragraphs('More.')}</main><footer>Footer text</footer></body></html>`);
    const html = claimsSource(doc);
    expect(html).toContain('Teaser only.');
    expect(html).not.toContain('Menu');
    expect(html).not.toContain('Footer text');
    const inPage = analyzeClaims(doc, null, NOW).claims;
    expect(inPage.length).toBeGreaterThan(0);
    expect(popupClaims(doc, 'https://news.example/c')).toEqual(inPage);
  });

  it('hands over the whole page when the fallback region differs from Readability’s', () => {
    const doc = parseHtml(`<html><body><article><p>Teaser only.</p></article><main>${paragraphs('Main.')}${paragraphs('More.')}</main></body></html>`);
    expect(claimsSource(doc)).toContain('Teaser only.');
    const inPage = analyzeClaims(doc, null, NOW).claims;
    expect(inPage.length).toBeGreaterThan(0);
    expect(popupClaims(doc, 'https://news.example/b')).toEqual(inPage);
  });
});
