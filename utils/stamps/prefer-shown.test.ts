import { describe, expect, it } from 'vitest';
import { NOW, parseHtml } from '../../test/helpers/fixtures';
import { findStamps } from './find-stamps';

const URL_PLAIN = 'https://magazin.example/vanlife-tipps';
const page = (head: string, body: string): Document => parseHtml(`<html><head><title>Vanlife: Tipps für die Reise</title>${head}</head><body>${body}</body></html>`);
const JSON_LD = '<script type="application/ld+json">{"@type":"Article","headline":"Vanlife","datePublished":"2022-01-04T07:29:00.000Z"}</script>';

describe('a hidden publish day the page shows nowhere, against a later day it shows', () => {
  it('takes the shown day when a machine-readable publish date states it too (a draft-day JSON-LD under the byline)', () => {
    const doc = page(`${JSON_LD}<meta property="article:published_time" content="2022-01-06T08:29:34">`, '<article><h1>Vanlife: Tipps für die Reise</h1><p>Von Anna Berg, 06.01.2022</p><p>Text.</p></article>');
    expect(findStamps(doc, URL_PLAIN, NOW).published).toMatchObject({ day: '2022-01-06', source: 'meta' });
  });

  it('takes it against a generic date meta when the page shows it in two places (a date element and under the headline)', () => {
    const doc = page('<meta name="date" content="2021-12-20T11:02:44+01:00">', '<h1>Vanlife: Tipps für die Reise</h1><p><span class="date">27.01.2022</span></p><p>Text.</p>');
    expect(findStamps(doc, URL_PLAIN, NOW).published).toMatchObject({ day: '2022-01-27', source: 'byline' });
  });

  it('keeps the metadata when the later day is shown once, far from the headline (a masthead\'s "today")', () => {
    const doc = page('<meta name="date" content="2017-05-01T17:05:00+0200">', `<div class="top"><span class="site-date">Mittwoch, 26.02.2020</span></div>
      <div class="crumbs">${'Startseite / Sendungen / Hintergrund / '.repeat(5)}</div><div><article><h1>Vanlife: Tipps für die Reise</h1><p>${'Text der Sendung. '.repeat(120)}</p></article></div>`);
    expect(findStamps(doc, URL_PLAIN, NOW).published?.day).toBe('2017-05-01');
  });

  it('keeps a strong JSON-LD day against a byline that is not confirmed, and when the page shows the JSON-LD day too', () => {
    const lone = page(JSON_LD, '<article><h1>Vanlife: Tipps für die Reise</h1><p class="byline">06.01.2022</p><p>Text.</p></article>');
    expect(findStamps(lone, URL_PLAIN, NOW).published?.day).toBe('2022-01-04');
    const both = page(`${JSON_LD}<meta property="article:published_time" content="2022-01-06T08:29:34">`, '<article><h1>Vanlife: Tipps für die Reise</h1><p class="byline">Veröffentlicht am 04.01.2022</p><p class="more">06.01.2022</p></article>');
    expect(findStamps(both, URL_PLAIN, NOW).published?.day).toBe('2022-01-04');
  });
});

describe('coarse dates against a stated day', () => {
  it('a paper\'s citations (microdata years) never outrank the page\'s own day', () => {
    const refs = ['2001', '2006', '2003', '2014'].map((y) => `<li itemscope itemtype="http://schema.org/ScholarlyArticle"><meta itemprop="datePublished" content="${y}"></li>`).join('');
    const doc = parseHtml(`<html><head><meta name="dc.date" content="2017-01-30"></head><body><h1>A study</h1><ol>${refs}</ol></body></html>`);
    expect(findStamps(doc, 'https://journals.example/article/10.1007/x', NOW).published).toMatchObject({ day: '2017-01-30' });
    const yearOnly = parseHtml(`<html><head></head><body><h1>A study</h1><ol>${refs}</ol></body></html>`);
    expect(findStamps(yearOnly, 'https://journals.example/article/10.1007/x', NOW).published?.precision).toBe('year');
  });
});
