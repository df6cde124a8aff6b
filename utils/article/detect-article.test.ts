import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../test/helpers/fixtures';
import { detectArticle } from './detect-article';

const page = (head: string, body: string): Document => parseHtml(`<html><head>${head}</head><body>${body}</body></html>`);

describe('detectArticle', () => {
  it('takes og:type article, JSON-LD NewsArticle or article:published_time alone as an article', () => {
    expect(detectArticle(page('<meta property="og:type" content="Article">', '')).isArticle).toBe(true);
    expect(detectArticle(page('<script type="application/ld+json">{"@type": "NewsArticle"}</script>', '')).isArticle).toBe(true);
    expect(detectArticle(page('<meta name="article:published_time" content="2014-06-11">', '')).isArticle).toBe(true);
  });

  it('reads microdata from itemscope elements', () => {
    const verdict = detectArticle(page('', '<div itemscope itemtype="https://schema.org/NewsArticle"><p>One.</p></div>'));
    expect(verdict).toEqual({ isArticle: true, reasons: ['microdata describes an article'] });
  });

  it('needs two weak signs without metadata, and says why not', () => {
    expect(detectArticle(page('<meta property="og:type" content="website">', '<h1>Shop</h1><p>Buy.</p>')).isArticle).toBe(false);
    expect(detectArticle(page('', '<article><p>a</p><p>b</p><p>c</p><p>d</p></article>'))).toMatchObject({ isArticle: true, reasons: ['<article> element', '4 paragraphs of text'] });
    expect(detectArticle(page('', '<div>Nothing here</div>')).reasons).toEqual(['no article metadata, <article> element or body text']);
    expect(detectArticle(page('', '<article><h1>Menu</h1><p>a</p><p>b</p></article>'))).toEqual({ isArticle: false, reasons: ['no article metadata; an <article> element with 2 paragraphs'], paragraphs: 2 });
    expect(detectArticle(page('', '<div>Nothing here</div>')).paragraphs).toBeNull();
  });

  it('reads JSON-LD at the end of a long body', () => {
    const filler = '<div><span>row</span></div>'.repeat(500);
    expect(detectArticle(page('', `${filler}<script type="application/ld+json">{"@type": ["WebPage", "NewsArticle"]}</script>`)).reasons).toEqual(['JSON-LD describes an article']);
  });
});
