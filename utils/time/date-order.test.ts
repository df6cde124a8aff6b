import { describe, expect, it } from 'vitest';
import { NOW, parseHtml } from '../../test/helpers/fixtures';
import { findStamps } from '../stamps/find-stamps';
import { dateOrderOf, orderOfTag } from './date-order';

describe('orderOfTag', () => {
  it.each([
    ['de', 'dmy'], ['de-CH', 'dmy'], ['pt_BR', 'dmy'], ['en-GB', 'dmy'], ['en-IN', 'dmy'], ['fr', 'dmy'],
    ['en-US', 'mdy'], ['en_US', 'mdy'], ['es-US', 'mdy'], ['en-PH', 'mdy'],
    ['en', null], ['ja', null], ['zh-CN', null], ['', null], ['x', null],
  ])('%s -> %s', (tag, order) => {
    expect(orderOfTag(tag)).toBe(order);
  });
});

describe('dateOrderOf: what the page says about itself', () => {
  const page = (head: string, lang = ''): Document => parseHtml(`<html${lang}><head>${head}</head><body><p>x</p></body></html>`);

  it('takes <html lang> first, then og:locale when the language alone does not settle it', () => {
    expect(dateOrderOf(page('', ' lang="en-GB"'))).toBe('dmy');
    expect(dateOrderOf(page('<meta property="og:locale" content="en_US">', ' lang="en"'))).toBe('mdy');
    expect(dateOrderOf(page('<meta http-equiv="Content-Language" content="de-DE">'))).toBe('dmy');
    expect(dateOrderOf(page(''))).toBeNull();
  });

  it("reads a byline's 02/10/2020 as 2 October on a British page and as February 10 on an American one", () => {
    // Markup as on a corpus-wide news portal page: <span class="time">02/10/2020</span>.
    const story = (lang: string): Document =>
      parseHtml(`<html lang="${lang}"><head></head><body><article><h1>Headline</h1><div class="byline"><span class="time">02/10/2020</span></div><p>Text.</p></article></body></html>`);
    expect(findStamps(story('en-GB'), 'https://news.example/a', NOW).published?.day).toBe('2020-10-02');
    expect(findStamps(story('en-US'), 'https://news.example/a', NOW).published?.day).toBe('2020-02-10');
  });

  it('reads a day-first date in the address (a press-release path, /29-10-2021)', () => {
    const doc = parseHtml('<html lang="de"><head></head><body><p>x</p></body></html>');
    expect(findStamps(doc, 'https://verband.example/media-news/meldungen/29-10-2021', NOW).published?.day).toBe('2021-10-29');
    expect(findStamps(doc, 'https://land.example/presse/detail/~02-01-2022-land-zahlte-1-4-millionen', NOW).published?.day).toBe('2022-01-02');
  });

  it('reads a meta value as machine-written (invariant, month first) even on a German page', () => {
    // As on a Swiss local paper in corpus-wide: the visible byline says "Erstellt am: 01.11.2023".
    const doc = parseHtml('<html lang="de"><head><meta name="date" content="11/01/2023 12:43:42"></head><body><p>x</p></body></html>');
    expect(findStamps(doc, 'https://zeitung.example/trinkwasser', NOW).published?.day).toBe('2023-11-01');
  });

  it('reads a publication_date meta', () => {
    const doc = parseHtml('<html lang="de"><head><meta name="publication_date" content="2022-02-08T14:00:00"></head><body><p>x</p></body></html>');
    expect(findStamps(doc, 'https://kanton.example/news', NOW).published?.day).toBe('2022-02-08');
  });
});
