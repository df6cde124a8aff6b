import { describe, expect, it } from 'vitest';
import { NOW, parseHtml } from '../../test/helpers/fixtures';
import { findStamps } from './find-stamps';

const URL_PLAIN = 'https://news.example/story';
const page = (head: string, body: string): Document => parseHtml(`<html><head>${head}</head><body>${body}</body></html>`);

describe('findStamps: publish and updated kept apart', () => {
  it('reads the Nexstar byline: Posted and Updated in div.article-meta', () => {
    const doc = page('', `<article><h1>Story</h1><div class="article-meta"><p>by: <a href="/author">Ann</a></p>
      Posted: <time datetime="2014-06-12T09:40:00-05:00">Jun 12, 2014 / 09:40 AM CDT</time><span class="article-meta--sep"> / </span>
      Updated: <time datetime="2014-06-12T17:02:00-05:00">Jun 12, 2014 / 05:02 PM CDT</time></div><p>Text.</p></article>`);
    const { published, updated } = findStamps(doc, URL_PLAIN, NOW);
    expect(published).toMatchObject({ value: '2014-06-12T09:40:00-05:00', day: '2014-06-12', precision: 'instant' });
    expect(updated).toMatchObject({ value: '2014-06-12T17:02:00-05:00' });
  });

  it('prefers the first publication over a later "published" meta (republication)', () => {
    const doc = page(
      '<meta property="article:published_time" content="2019-03-01T10:00:00Z"><meta property="article:modified_time" content="2019-03-02T10:00:00Z">' +
        '<script type="application/ld+json">{"@context":{"@vocab":"https://schema.org/"},"@type":"NewsArticle","headline":"x","datePublished":"2014-06-12T09:40:00+01:00"}</script>',
      '<h1>Story</h1>',
    );
    const { published, updated } = findStamps(doc, URL_PLAIN, NOW);
    expect(published?.day).toBe('2014-06-12');
    expect(published?.disagreements.join(' ')).toContain('2019-03-01');
    expect(updated?.day).toBe('2019-03-02');
  });

  it('leaves the byline unread when metadata and a shown <time> agree on the day, and reads it when the page says "first published"', () => {
    const head = '<meta property="article:published_time" content="2016-11-29T20:26:06Z">';
    const stamp = '<time datetime="2016-11-29T20:26:06Z">Tue 29 Nov 2016 15.26 EST</time>';
    const settledPage = page(head, `<h1>A story told twice</h1><div class="byline">By Ann, Tuesday 29 November 2016</div>${stamp}<p>Text.</p>`);
    const settled = findStamps(settledPage, URL_PLAIN, NOW);
    expect(settled.published).toMatchObject({ value: '2016-11-29T20:26:06Z', source: 'meta' });
    expect(settled.candidates.some((c) => c.source === 'byline')).toBe(false);
    // Same day, earlier hour: the first publication, which only the byline states.
    const republished = page(head, `<h1>A story told twice</h1>${stamp}<div class="meta-dates">First published on Tue 29 Nov 2016 07.46 EST</div><p>Text.</p>`);
    expect(findStamps(republished, URL_PLAIN, NOW).published).toMatchObject({ source: 'byline', day: '2016-11-29', value: '2016-11-29T07:46:00-05:00' });
  });

  it('still reads the byline when the metadata stands alone', () => {
    const doc = page('<meta property="article:published_time" content="2021-03-05T10:00:00Z">', '<h1>A story</h1><div class="byline">By Ann, 5 March 2021</div><p>Text.</p>');
    const { published, candidates } = findStamps(doc, URL_PLAIN, NOW);
    expect(published?.day).toBe('2021-03-05');
    expect(candidates.some((c) => c.source === 'byline' && c.day === '2021-03-05')).toBe(true);
  });

  it('looks for the byline inside the <main> that holds the headline, not in the page frame around it', () => {
    const frame = (main: string): Document => page('<meta property="article:published_time" content="2021-03-05T10:00:00Z">',
      `<header><div class="date-today">Friday, 12 November 2021</div></header><main>${main}</main><footer><span class="post-date">1 February 2019</span></footer>`);
    const inMain = findStamps(frame('<h1>A story</h1><div class="byline">By Ann, 5 March 2021</div><p>Text.</p>'), URL_PLAIN, NOW);
    expect(inMain.published).toMatchObject({ day: '2021-03-05', disagreements: [] });
    expect(inMain.candidates.filter((c) => c.source === 'byline').map((c) => c.day)).toEqual(['2021-03-05']);
  });

  it('reads JSON-LD in @graph arrays and CDATA wrappers', () => {
    const doc = page(
      '<script type="application/ld+json">//<![CDATA[\n{"@graph":[{"@type":"WebSite","name":"x"},{"@type":["NewsArticle"],"datePublished":"2020-01-08T15:51:00+02:00","dateModified":"2020-01-09T08:00:00+02:00"}]}\n//]]></script>',
      '',
    );
    expect(findStamps(doc, URL_PLAIN, NOW).published?.day).toBe('2020-01-08');
  });

  it('reads JSON-LD whose template closes one brace too many, and not a broken one', () => {
    // The article's properties nested in mainEntityOfPage and a stray "}" at the end, as a real template writes them.
    const extra = page('<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","headline":"Direktor pozitivan {test}","datePublished":"2020-10-26T18:10:00+01:00","publisher":{"@type":"Organization","name":"Avaz"}}}\n}</script>', '');
    expect(findStamps(extra, URL_PLAIN, NOW).published?.day).toBe('2020-10-26');
    const cut = page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-10-26T18:10:00+01:00"</script>', '');
    expect(findStamps(cut, URL_PLAIN, NOW).published).toBeNull();
  });

  it('reads a microformat\'s date from its title attribute: hAtom "updated" alone dates the page as an update, and the footer\'s copyright year does not outrank that day', () => {
    const hatom = page('', '<h1>Haben sich Mozarts Eltern gesorgt?</h1><span class="post-format-icon">&nbsp;</span><span class="updated" title="2013-04-04T18:52:11+00:00"></span><div class="entry-content"><p>Text.</p></div><footer>© 2011 PepTalks</footer>');
    const { published, updated } = findStamps(hatom, URL_PLAIN, NOW);
    expect(published).toBeNull();
    expect(updated).toMatchObject({ day: '2013-04-04', source: 'microdata' });
    const both = page('', '<h1>Story</h1><abbr class="entry-date published updated" title="2019-10-16T14:33:00-07:00">2:33 PM</abbr>');
    expect(findStamps(both, URL_PLAIN, NOW).published).toMatchObject({ day: '2019-10-16' });
    // A tooltip in words and a comment's stamp are not the page's.
    const words = page('', '<h1>Story</h1><span class="published" title="3 days ago">x</span><section id="comments"><abbr class="published" title="2020-01-02T10:00:00Z"></abbr></section>');
    expect(findStamps(words, URL_PLAIN, NOW).published).toBeNull();
  });

  it('ignores dates in comments, related-story lists and other stories\' links', () => {
    const doc = page('', `<article><h1>Story</h1><p class="byline">By Ann</p><p>Body.</p></article>
      <aside class="related"><time datetime="2026-11-20T10:00:00Z">Nov 20, 2026</time></aside>
      <ul><li><a href="/other"><span class="date">November 19, 2026</span> Other story</a></li></ul>
      <section id="comments"><div class="comment-date">November 23, 2026 at 8:00 am</div></section>`);
    expect(findStamps(doc, URL_PLAIN, NOW).published).toBeNull();
  });

  it('rejects dates after now, before the web, and the 1970 epoch', () => {
    const doc = page(
      '<meta property="article:published_time" content="2031-01-01T00:00:00Z"><meta name="date" content="1970-01-01T00:00:00Z"><meta name="pubdate" content="1989-05-01">',
      '',
    );
    expect(findStamps(doc, URL_PLAIN, NOW).published).toBeNull();
  });

  it('drops an instant a few hours after now, so a sound weaker date on the same page still wins', () => {
    // NOW is 2026-11-24T12:00Z: the meta lies by six hours, inside a day's slack but still in the future.
    const doc = page('<meta property="article:published_time" content="2026-11-24T18:00:00Z">', '<h1>Story</h1>');
    const published = findStamps(doc, 'https://news.example/2026/11/20/story', NOW).published;
    expect(published).toMatchObject({ value: '2026-11-20', source: 'url' });
  });

  it('reads the date in the address: /2014/06/12/, /2014/jun/12/ and 2014-06-12', () => {
    const empty = page('', '<h1>x</h1>');
    expect(findStamps(empty, 'https://a.example/news/2014/06/12/story', NOW).published).toMatchObject({ day: '2014-06-12', source: 'url', precision: 'day' });
    expect(findStamps(empty, 'https://a.example/world/2014/jun/12/story', NOW).published?.day).toBe('2014-06-12');
    expect(findStamps(empty, 'https://a.example/story-2014-06-12-x', NOW).published?.day).toBe('2014-06-12');
  });

  it('lowers the confidence and names the source when signals disagree', () => {
    const agree = page('<meta property="article:published_time" content="2014-06-12T09:40:00-05:00">', '');
    const clash = page('<meta property="article:published_time" content="2014-06-12T09:40:00-05:00">', '<div class="byline">Published March 3, 2010</div>');
    const a = findStamps(agree, 'https://a.example/2014/06/12/x', NOW).published!;
    const b = findStamps(clash, URL_PLAIN, NOW).published!;
    expect(b.confidence).toBeLessThan(a.confidence);
    expect(b.disagreements.join(' ')).toMatch(/byline: 2010-03-03/);
  });

  it('gives the publisher\'s local day for a UTC instant when the page states its offset elsewhere', () => {
    const doc = page(
      '<meta property="article:published_time" content="2020-10-07T03:38:00Z">',
      '<div class="article-meta">Posted: <time datetime="2020-10-06T21:38:00-06:00">Oct 6, 2020 / 09:38 PM MDT</time></div>',
    );
    expect(findStamps(doc, URL_PLAIN, NOW).published?.day).toBe('2020-10-06');
  });

  it('reports a Wayback capture time as captured, never as the publish stamp, and reads the original address', () => {
    const doc = page('', '<div id="wm-ipp-base"></div><h1>x</h1>');
    const result = findStamps(doc, 'https://web.archive.org/web/20150301120000/http://a.example/2014/06/12/story', NOW);
    expect(result.captured).toMatchObject({ day: '2015-03-01', source: 'web-archive' });
    expect(result.published).toMatchObject({ day: '2014-06-12', source: 'url' });
  });

  it('drops candidates after the capture time', () => {
    const doc = page('<meta property="article:published_time" content="2016-01-01T00:00:00Z">', '');
    const result = findStamps(doc, 'https://web.archive.org/web/20150301120000/http://a.example/story', NOW);
    expect(result.published).toBeNull();
  });

  it('stays bounded on a hostile page (100,000 elements, megabytes of JSON-LD)', () => {
    const huge = `<script type="application/ld+json">[${'{"@type":"Thing","dateCreated":"2014-06-12"},'.repeat(40_000)}{}]</script>`;
    const doc = page(huge, '<div class="date">x</div>'.repeat(100_000));
    const result = findStamps(doc, URL_PLAIN, NOW);
    expect(result.candidates.length).toBeLessThan(100);
  });
});
