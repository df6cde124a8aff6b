import { describe, expect, it } from 'vitest';
import { NOW, parseHtml } from '../../test/helpers/fixtures';
import { findStamps } from './find-stamps';

const URL_POST = 'https://blog.example/2016/12/python-released.html';
const published = (body: string, title = 'Python 3.6.0 is now available'): string | null =>
  findStamps(parseHtml(`<html><head><title>${title}</title></head><body>${body}</body></html>`), 'https://blog.example/post', NOW).published?.day ?? null;

describe('the article\'s own signals inside layout regions', () => {
  it('reads a Blogger post whose date sits in the main "widget" and in the permalink <a>', () => {
    const doc = parseHtml(`<html><head><title>Python 3.6.0 is now available</title></head><body>
      <div class="sidebar"><div class="widget BlogArchive"><time datetime="2017-01-05">5 Jan</time></div></div>
      <div class="widget Blog" id="Blog1"><div class="blog-posts hfeed"><div class="post hentry">
      <h3 class="post-title entry-title">Python 3.6.0 is now available</h3><div class="post-body">Text.</div>
      <div class="post-footer">Posted by Ned at <a class="timestamp-link" rel="bookmark" href="${URL_POST}"><abbr class="published">5:11 AM</abbr><time datetime="2016-12-23T05:11:00-05:00">5:11 AM</time></a></div>
      </div></div></div></body></html>`);
    expect(findStamps(doc, URL_POST, NOW).published?.day).toBe('2016-12-23');
  });

  it('reads an article-level <footer> and a byline whose class says "teaser"', () => {
    expect(published('<article><h1>Python 3.6.0 is now available</h1><p>Text.</p><footer class="node__meta"><span class="post-created">23.12.2016 / 0 Kommentare</span></footer></article>')).toBe('2016-12-23');
    expect(published('<div class="beitrag"><h1>Python 3.6.0 is now available</h1><div class="teaser_text_meta">Peter Grimm / 23.12.2016 / 09:30</div><p>Text.</p></div>')).toBe('2016-12-23');
  });

  it('still ignores a sidebar widget, a teaser <article> in a sidebar, and a comment <article> with its <footer>', () => {
    expect(published(`<main><h1>Python 3.6.0 is now available</h1><p>Text.</p></main>
      <div class="sidebar"><div class="widget"><span class="date">01.12.2016</span></div>
      <article class="teaser"><time datetime="2016-11-30">30 Nov</time></article></div>
      <ol class="commentlist"><li><article class="comment"><footer><a href="#c1"><time datetime="2016-12-01">1 Dec</time></a></footer></article></li></ol>`)).toBeNull();
  });

  it('ignores the date of a link to another story', () => {
    expect(published('<h1>Python 3.6.0 is now available</h1><ul><li><a href="/other"><time datetime="2016-11-02">2 Nov</time> Other</a></li></ul>')).toBeNull();
  });
});
