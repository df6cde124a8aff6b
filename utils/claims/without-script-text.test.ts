import { describe, expect, it } from 'vitest';
import { withoutScriptText } from './without-script-text';

describe('the page’s HTML handed to the popup, less script and style text', () => {
  it('empties scripts and style sheets, keeping the elements and everything around them', () => {
    const html = '<html><head><style>p { color: red }</style></head><body><p>Rebels control the north.</p>'
      + '<script src="a.js"></script><script>window.__DATA__ = {"story":"<p>not the story</p>"};</script><p>Talks resume today.</p></body></html>';
    expect(withoutScriptText(html)).toBe('<html><head><style></style></head><body><p>Rebels control the north.</p>'
      + '<script src="a.js"></script><script></script><p>Talks resume today.</p></body></html>');
  });

  it('keeps JSON-LD whole: Readability reads the byline there', () => {
    const html = '<script type="application/ld+json">{"author":{"name":"Jane Doe"}}</script><p>Text.</p>';
    expect(withoutScriptText(html)).toBe(html);
  });

  it('leaves "<script>" alone where it is not a tag: comments, attribute values, noscript, textarea', () => {
    const html = '<!-- <script>x</script> --><img alt="a <script> tag" title="b > c"><noscript><script>y</script><img src="i.jpg"></noscript>'
      + '<textarea>&lt;style&gt;</textarea><p>Kept.</p>';
    expect(withoutScriptText(html)).toBe(html);
  });

  it('ends a script where the HTML parser does, not at a longer name', () => {
    expect(withoutScriptText('<script>a("</scripts>")</script ><p>Body.</p>')).toBe('<script></script ><p>Body.</p>');
  });

  it('copies the rest unchanged where the HTML is not as a serialiser writes it', () => {
    expect(withoutScriptText('<p>A</p><script>never closed <p>B</p>')).toBe('<p>A</p><script>never closed <p>B</p>');
    expect(withoutScriptText('<p>A</p><!-- never closed <script>x</script>')).toBe('<p>A</p><!-- never closed <script>x</script>');
    expect(withoutScriptText('<p>A</p><div class="x <script>y</script>')).toBe('<p>A</p><div class="x <script>y</script>');
  });

  it('stays linear on hostile input (no rescanning after each "<")', () => {
    const hostile = ['<a'.repeat(100_000), '<!--'.repeat(50_000), '<script>'.repeat(50_000), '<p "'.repeat(50_000), `${'<b x="1">'.repeat(50_000)}<style>`];
    for (const html of hostile) {
      const started = performance.now();
      withoutScriptText(html);
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });
});
