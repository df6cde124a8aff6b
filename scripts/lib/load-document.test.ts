import { describe, expect, it } from 'vitest';
import { decodePage } from './decode-page';
import { MAX_TREE_DEPTH } from './cap-nesting';
import { loadDocument, MAX_PAGE_BYTES, PageRefused } from './load-document';

const URL_ = 'https://example.org/story.html';
const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('reading a saved page as a browser does', () => {
  it('reads a latin-1 page by its <meta charset="iso-8859-1">', async () => {
    const page = latin1('<html><head><meta charset="iso-8859-1"><title>Caf\u00e9 m\u00fcde</title></head><body><p>Ver\u00f6ffentlicht am 3. M\u00e4rz 2021</p></body></html>');
    const { document, encoding, encodingSource, close } = loadDocument(page, URL_);
    // The standard maps the iso-8859-1 label to windows-1252, as every browser does.
    expect([encoding, encodingSource]).toEqual(['windows-1252', 'declared']);
    expect(document.title).toBe('Café müde');
    expect(document.body.textContent).toContain('Veröffentlicht am 3. März 2021');
    await close();
  });

  it('reads the charset of an http-equiv content-type meta', () => {
    const page = new Uint8Array([...latin1('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>'), 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, ...latin1('</p>')]);
    expect(decodePage(page)).toMatchObject({ encoding: 'windows-1251', source: 'declared' });
    expect(decodePage(page).html).toContain('<p>Привет</p>');
  });

  it('lets a byte order mark win over the declared charset', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'<meta charset="iso-8859-2"><p>Łódź</p>'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodePage(utf16)).toMatchObject({ encoding: 'UTF-16LE', source: 'bom' });
    expect(decodePage(utf16).html).toContain('<p>Łódź</p>');
  });

  it('reads undeclared valid UTF-8 as UTF-8, and undeclared other bytes as windows-1252', () => {
    expect(decodePage(new TextEncoder().encode('<p>März – 2021</p>'))).toMatchObject({ html: '<p>März – 2021</p>', encoding: 'UTF-8' });
    expect(decodePage(latin1('<p>M\u00e4rz \u0096 2021</p>'))).toMatchObject({ html: '<p>März – 2021</p>', encoding: 'windows-1252', source: 'default' });
  });

  it('ignores a meta that ends right after "charset=" and keeps reading', () => {
    const page = latin1('<meta http-equiv="content-type" content="text/html; charset="><meta charset="iso-8859-15"><p>\u00a4</p>');
    expect(decodePage(page)).toMatchObject({ encoding: 'ISO-8859-15' });
    expect(decodePage(page).html).toContain('<p>€</p>');
  });

  it('builds the tree a browser builds: a commented-out <div> inside <figure> does not swallow the article', async () => {
    const html = '<article><figure><!-- <div class="x"> --><img src="a.jpg"></figure><p>Body text</p><p>More</p></article>';
    const { document, close } = loadDocument(html, URL_);
    expect(document.querySelectorAll('article > p')).toHaveLength(2);
    await close();
  });

  it('caps nesting where Chromium does, keeping every element and its text', async () => {
    const depth = 1_500;
    const html = `<body>${'<div>'.repeat(depth)}deep text${'</div>'.repeat(depth)}</body>`;
    const { document, close } = loadDocument(html, URL_);
    let deepest = 0;
    for (const div of document.querySelectorAll('div')) {
      let d = 0;
      for (let at: Element | null = div; at; at = at.parentElement) d += 1;
      deepest = Math.max(deepest, d);
    }
    expect(document.querySelectorAll('div')).toHaveLength(depth);
    expect(deepest).toBeLessThanOrEqual(MAX_TREE_DEPTH + 1);
    expect(document.body.textContent).toBe('deep text');
    await close();
  });

  it('refuses text over the size limit with a reason', () => {
    expect(() => loadDocument('x'.repeat(MAX_PAGE_BYTES + 1), URL_)).toThrow(PageRefused);
  });
});

describe('the scripting flag, as in a tab where JavaScript runs', () => {
  it('keeps <noscript> as raw text, so a tracking pixel in the head does not end the head', async () => {
    const html = '<html><head><title>T</title><noscript><img src="p.gif"></noscript><meta property="og:type" content="article"><script type="application/ld+json">{}</script></head><body><noscript><p class="date">1 May 2001</p></noscript><p>Body</p></body></html>';
    const { document, close } = loadDocument(html, URL_);
    expect(document.head.querySelector('meta[property="og:type"]')).not.toBeNull();
    expect(document.head.querySelector('script')).not.toBeNull();
    expect(document.querySelector('img, p.date')).toBeNull();
    expect(document.body.querySelector('noscript')?.textContent).toBe('<p class="date">1 May 2001</p>');
    await close();
  });

  it('runs no page script', async () => {
    const { document, close } = loadDocument('<body><p id="x">before</p><script>document.getElementById("x").textContent = "after"</script></body>', URL_);
    expect(document.getElementById('x')?.textContent).toBe('before');
    await close();
  });
});
