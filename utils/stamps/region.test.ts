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

  it('reads the side column of the story\'s own block named the BEM way ("podcast-description__sidebar"), not the page\'s ("page__sidebar")', () => {
    const story = (column: string): string | null => published(`<main><div class="inner-wrapper">
      <article class="cover"><h1>La voix des nuls</h1></article>
      <article class="podcast-description"><div class="podcast-description__text"><p>Un documentaire sur la voix.</p></div>
      <div class="${column}"><ul><li><p class="title">Mise en ligne</p><p class="date">23 mai 2019</p></li></ul></div></article>
      </div></main>`, 'La voix des nuls | ARTE Radio');
    expect(story('podcast-description__sidebar')).toBe('2019-05-23');
    expect(story('page__sidebar')).toBeNull();
    expect(story('sidebar')).toBeNull();
  });

  it('ignores a list row\'s date ("news-list-row", "list-item") beside the story, but not the story\'s own row', () => {
    const page = (rows: string): string | null => published(`<div class="story"><h2>Femeile pot obține studii gratuite în IT</h2>
      <div class="story-short-date-info">Unica.md, 20 septembrie 2020 16:20</div><div>Text.</div></div>${rows}`, 'Femeile pot obține studii gratuite în IT');
    expect(page('<div class="news-list-row"><span class="date">18 septembrie 2020</span><a href="/x">Alt articol</a></div>')).toBe('2020-09-20');
    expect(page('<ul><li class="list-item"><span class="date">18 septembrie 2020</span></li></ul>')).toBe('2020-09-20');
    expect(published('<div class="post-list"><div class="post"><h1>Python 3.6.0 is now available</h1><span class="date">23.12.2016</span><p>Text.</p></div></div>')).toBe('2016-12-23');
  });

  it('reads a <time> whose wrapper is named for a date by a list template ("news-list-date" on a news item\'s own view)', () => {
    const own = '<div class="news news-single"><div class="article"><h3 itemprop="headline">Mit Hund im Winter unterwegs</h3><div class="footer"><p><span class="news-list-date"><time datetime="2022-01-27">27.01.2022</time></span></p></div><p>Text.</p></div></div>';
    expect(published(own, 'Mit Hund im Winter unterwegs')).toBe('2022-01-27');
    const other = '<h1>Mit Hund im Winter unterwegs</h1><p>Text.</p><div class="sidebar"><div class="news-list-row"><span class="news-list-date"><time datetime="2022-01-20">20.01.2022</time></span></div></div>';
    expect(published(other, 'Mit Hund im Winter unterwegs')).toBeNull();
  });

  it('reads a Blogger post under a site-name <h1> ("EMACSPEAK" in "EMACSPEAK: Meta-Programming In Emacs"), its date in the "post-footer"', () => {
    const doc = parseHtml(`<html><head><title>EMACSPEAK  The Complete Audio Desktop: Meta-Programming In Emacs Using Defadvice</title></head><body>
      <h1 class="title">EMACSPEAK  The Complete Audio Desktop</h1>
      <div class="widget Blog" id="Blog1"><div class="post hentry"><h3 class="post-title entry-title">Meta-Programming In Emacs Using Defadvice</h3>
      <div class="post-body">Text.</div><div class="post-footer">Posted by T at <a class="timestamp-link" rel="bookmark" href="/2019/10/meta.html">
      <abbr class="published" itemprop="datePublished" title="2019-10-16T14:33:00-07:00">2:33 PM</abbr></a></div></div></div></body></html>`);
    expect(findStamps(doc, 'https://emacspeak.example/2019/10/meta.html', NOW).published?.day).toBe('2019-10-16');
  });

  it('reads the date in a "sidebar" column inside the story\'s own <article>, not one in an <article> beside it', () => {
    const story = (sidebar: string): string => `<main><article class="post"><h1>Python 3.6.0 is now available</h1><p>Text.</p>${sidebar}</article></main>`;
    expect(published(story('<div class="sidebar"><div class="sidebar__item--header"><p class="time"><time datetime="2016-12-23">23. Dezember 2016</time></p></div></div>'))).toBe('2016-12-23');
    expect(published(`${story('')}<article class="other"><div class="sidebar"><time datetime="2016-11-30">30 Nov</time></div></article>`)).toBeNull();
    // A teaser list inside the story's <article> is still other stories'.
    expect(published(story('<ul><li class="default-teaser"><span class="default-teaser__date">01. Dezember 2016</span></li><li class="default-teaser"><span class="default-teaser__date">25. November 2016</span></li></ul>'))).toBeNull();
  });

  it('reads a Drupal node\'s "submitted" line, in a node its theme marks "node-promoted"', () => {
    expect(published(`<h1>Python 3.6.0 is now available</h1><div id="node-205" class="node node-article node-promoted clearfix">
      <div class="submitted">Gespeichert von <span class="username">rasos</span> am 23. Dezember 2016 - 18:55</div><p>Text.</p></div>`)).toBe('2016-12-23');
    expect(published(`<h1>Python 3.6.0 is now available</h1><div class="node"><p class="submitted">Submitted by Ann on December 23, 2016</p></div>`)).toBe('2016-12-23');
    // A promo box is still another story's.
    expect(published(`<h1>Python 3.6.0 is now available</h1><p>Text.</p><div class="promo-box"><span class="submitted">Submitted on December 1, 2016</span></div>`)).toBeNull();
  });

  it('ignores the dates of posts embedded from social networks, not the story\'s own', () => {
    const embed = (cls: string, day: string): string => `<blockquote class="${cls}"><p>A post</p><p><time datetime="${day}T19:30:12+00:00">${day}</time></p></blockquote>`;
    expect(published(`<article><h1>Python 3.6.0 is now available</h1><div class="PublishDate">Freitag, 23. Dezember 2016</div>
      <p>Text.</p>${embed('instagram-media', '2016-03-12')}${embed('twitter-tweet', '2016-04-01')}</article>`)).toBe('2016-12-23');
    expect(published(`<article><h1>Python 3.6.0 is now available</h1><p>Text.</p>${embed('tiktok-embed', '2016-03-12')}</article>`)).toBeNull();
    // A class that merely contains such a word is no embed.
    expect(published('<article><h1>Python 3.6.0 is now available</h1><p class="instagram-mediakit"><time datetime="2016-12-23">23 Dec</time></p></article>')).toBe('2016-12-23');
  });

  it('ignores the date of a link to another story', () => {
    expect(published('<h1>Python 3.6.0 is now available</h1><ul><li><a href="/other"><time datetime="2016-11-02">2 Nov</time> Other</a></li></ul>')).toBeNull();
  });
});
