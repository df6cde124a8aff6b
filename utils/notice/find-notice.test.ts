import { describe, expect, it } from 'vitest';
import { NOW, parseHtml } from '../../test/helpers/fixtures';
import { findNotice } from './find-notice';
import { noticeAgrees } from './agreement';
import type { StampFinding } from '../report';

const body = (html: string): Document => parseHtml(`<html><body>${html}</body></html>`);
const stamp = (day: string): StampFinding => ({ value: day, day, precision: 'day', source: 'json-ld', evidence: day, location: 'x', confidence: 0.9, disagreements: [] });

describe('findNotice: publisher wording', () => {
  it('finds the Nexstar archived banner with its exact text', () => {
    const doc = body('<div class="article-content"><p class="archived">This is an archived article and the information in the article may be outdated. Please look at the time stamp on the story to see when it was last updated.</p><h1>x</h1></div>');
    const notice = findNotice(doc)!;
    expect(notice.kind).toBe('archived');
    expect(notice.text).toMatch(/^This is an archived article .* last updated\.$/);
    expect(doc.querySelector(notice.selector)?.tagName).toBe('P');
  });

  it("reads The Guardian's label (hashed classes; visible and screen-reader copies are one notice)", () => {
    // Markup as in the corpus page pl-theguardian.com.
    const doc = body('<div aria-hidden="true" class="dcr-4m9fqw"><svg width="11" height="11" viewBox="0 0 11 11"><path d="M5.4 0"/></svg> This article is more than <strong>5 years old</strong></div><div class="dcr-92oqeo">This article is more than 5 years old</div><h1>x</h1>');
    const notice = findNotice(doc)!;
    expect(notice).toMatchObject({ kind: 'age-label', text: 'This article is more than 5 years old', statedAge: { minYears: 5 }, tagName: 'div' });
    expect(noticeAgrees(notice, stamp('2016-11-29'), NOW)).toBe(true);
    expect(noticeAgrees(notice, stamp('2024-01-02'), NOW)).toBe(false);
  });

  it("reads Quartz's label inside its byline", () => {
    // Markup as in the corpus page pl-qz.com.
    const doc = body('<div class="rpyRU">Published <time datetime="2020-02-24T16:26:29.000Z">February 24, 2020</time><span class="Qh9JI">Last updated <time datetime="2022-07-21T01:44:34.000Z">July 21, 2022</time></span><span class="Qh9JI">This article is more than 2 years old.</span></div>');
    expect(findNotice(doc)).toMatchObject({ kind: 'age-label', text: 'This article is more than 2 years old.', statedAge: { minYears: 2 }, tagName: 'span' });
  });

  it("reads the Times of India's dated notice as a date", () => {
    const doc = body('<div class="j9QAQ">This story is from October 9, 2019</div><h1 class="_1Y-96">x</h1>');
    const notice = findNotice(doc)!;
    expect(notice).toMatchObject({ kind: 'dated-story', statedAge: { date: '2019-10-09' } });
    expect(noticeAgrees(notice, stamp('2019-10-09'), NOW)).toBe(true);
    expect(noticeAgrees(notice, stamp('2021-10-09'), NOW)).toBe(false);
  });

  it.each([
    ['This story is more than a year old', 'age-label', { minYears: 1 }],
    ['This article is from the archives', 'archived', null],
    ['Archived: this page is no longer maintained', 'archived', null],
    ['Older articles may contain outdated content. Check that the information is still current.', 'outdated-content', null],
    ['Este artículo tiene 15 años de antigüedad', 'age-label', { minYears: 15 }],
    ['Dieser Artikel ist älter als ein Jahr', 'age-label', { minYears: 1 }],
    ['Cet article a plus de 3 ans', 'age-label', { minYears: 3 }],
    ['Dieser Artikel stammt aus dem Archiv', 'archived', null],
    ['Cet article est issu de nos archives', 'archived', null],
    ['Este contenido forma parte de nuestro archivo', 'archived', null],
  ])('"%s"', (text, kind, statedAge) => {
    expect(findNotice(body(`<main><p>Story text.</p><div class="note">${text}</div></main>`))).toMatchObject({ kind, text, statedAge });
  });

  it.each([
    ['This article is over a year old', { minYears: 1 }],
    ['Dieser Artikel ist über ein Jahr alt', { minYears: 1 }],
  ])('finds "%s", which the page-text scan saw but the old per-node trigger never fired on', (text, statedAge) => {
    expect(findNotice(body(`<main><p>Story text.</p><p class="hint"><i class="icon-clock"></i> ${text}</p></main>`))).toMatchObject({ kind: 'age-label', statedAge, text });
  });

  it('finds a notice behind a "Note:" or "Hinweis:" label in its own element', () => {
    const notice = findNotice(body('<main><div class="alert"><b>Hinweis:</b> <span>Dieser Artikel ist älter als <em>zwei Jahre</em>.</span></div><p>Text.</p></main>'));
    expect(notice).toMatchObject({ kind: 'age-label', statedAge: { minYears: 2 } });
    expect(notice!.text).toMatch(/^(?:Hinweis: )?Dieser Artikel ist älter als zwei Jahre\.$/);
    const labelled = findNotice(body('<main><p class="alert"><strong>Note:</strong> This story is more than <b>6 months</b> old.</p><p>Text.</p></main>'));
    expect(labelled).toMatchObject({ kind: 'age-label', statedAge: { minMonths: 6 }, tagName: 'p', text: 'Note: This story is more than 6 months old.' });
  });

  it('ignores the wording inside a script, and finds the visible copy after it', () => {
    const html = '<script>var t = "This article is more than 5 years old";</script><main><p>Story.</p><div class="n">This article is more than 3 years old</div></main>';
    expect(findNotice(body(html))).toMatchObject({ statedAge: { minYears: 3 }, tagName: 'div' });
    expect(findNotice(body('<script>var t = "This article is more than 5 years old";</script><p>Story.</p>'))).toBeNull();
  });

  it('finds a notice whose words the markup breaks across lines and elements', () => {
    const notice = findNotice(body('<main><p>Story text.</p><div class="note">This article\n  is more than <strong>5\n  years</strong> old</div></main>'));
    expect(notice).toMatchObject({ kind: 'age-label', text: 'This article is more than 5 years old', statedAge: { minYears: 5 } });
  });

  it('ignores a link or menu entry and a bare "Archiv:" heading over a list of links', () => {
    expect(findNotice(body('<nav><ul><li><a href="/archiv">Archiv: Publikationen zu Frauen und Gleichstellung</a></li></ul></nav><p>Text.</p>'))).toBeNull();
    expect(findNotice(body('<main><p>Text.</p><p>Archiv:</p><p>Video: <a href="/v">Happy B-Day Event</a></p></main>'))).toBeNull();
    expect(findNotice(body('<main><p>Archived: this page is no longer maintained</p><p><a href="/x">This article is more than 5 years old</a></p></main>'))).toMatchObject({ kind: 'archived', tagName: 'p' });
  });

  it('ignores a paragraph that merely quotes the wording, and pages without a notice', () => {
    const long = `The editor said that "this article is more than 5 years old" labels help readers, ${'and much more text follows here. '.repeat(20)}`;
    expect(findNotice(body(`<p>${long}</p>`))).toBeNull();
    expect(findNotice(body('<p>We are more than 5 years old as a company.</p>'))).toBeNull();
  });

  it('reports a Wayback Machine capture as its own kind, with the capture day', () => {
    const notice = findNotice(body('<div id="wm-ipp-base"></div><h1>x</h1>'), 'https://web.archive.org/web/20150301120000/http://a.example/story');
    expect(notice).toMatchObject({ kind: 'web-archive-capture', statedAge: { date: '2015-03-01' }, selector: '#wm-ipp-base' });
    expect(notice!.text).toContain('http://a.example/story');
  });

  it('a publisher notice wins over the archive toolbar', () => {
    const notice = findNotice(body('<div id="wm-ipp-base"></div><p class="n">This article is more than 5 years old</p>'), 'https://web.archive.org/web/20220101000000/https://a.example/x');
    expect(notice?.kind).toBe('age-label');
  });
});

describe('a page whose text is mostly inline scripts', () => {
  const state = `<script>window.__STATE__ = ${JSON.stringify({ items: Array.from({ length: 6_000 }, (_, i) => ({ id: i, title: 'A story title here' })) })};</script>`;
  it('still finds the notice in its shown text, and never one written inside a script', () => {
    const doc = parseHtml(`<html><body>${state}<article><h1>Old story</h1><div class="notice"><span>!</span> This article is more than 5 years old.</div><p>Text.</p></article>${state}</body></html>`);
    expect(doc.body.textContent!.length).toBeGreaterThan(150_000);
    expect(findNotice(doc)).toMatchObject({ kind: 'age-label', statedAge: { minYears: 5 } });
    const scripted = parseHtml(`<html><body>${state}<script>var s = "This article is more than 5 years old.";</script><article><h1>New story</h1><p>Text.</p></article></body></html>`);
    expect(findNotice(scripted)).toBeNull();
  });

  it('finds the element the visible notice is in, past scripts, styles and a template holding a script', () => {
    const doc = parseHtml(`<html><body>${state}<template><div><script>var a = "This article is more than 9 years old";</script></div></template><style>.n{}</style><article><h1>Old story</h1><p>Intro.</p>${state}<div class="notice"><b>Note:</b> This article is more than 5 years old.</div><p>Text.</p></article></body></html>`);
    expect(findNotice(doc)).toMatchObject({ tagName: 'div', statedAge: { minYears: 5 } });
  });
});
