import { describe, expect, it } from 'vitest';
import { NOW, parseHtml } from '../../test/helpers/fixtures';
import { analyzeDates } from '../analyze-dates';
import { findStamps } from './find-stamps';

const URL_PLAIN = 'https://news.example/story';
const FRESH = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Flood","datePublished":"2026-11-22T08:00:00Z"}</script><title>Flood waters rise in the valley</title>';

describe('visible dates against fresh metadata', () => {
  it('a migrated 2014 story with JSON-LD from two days ago keeps its visible first publication, with low confidence and both days', () => {
    const doc = parseHtml(`<html><head>${FRESH}</head><body><article><h1>Flood waters rise in the valley</h1>
      <p class="byline">Published on June 12, 2014</p><p>Text.</p></article></body></html>`);
    const { report } = analyzeDates(doc, { url: URL_PLAIN, now: NOW });
    expect(report.published).toMatchObject({ day: '2014-06-12', source: 'byline' });
    expect(report.published!.confidence).toBeLessThan(0.5);
    expect(report.dateConflict).toEqual({ visible: '2014-06-12', metadata: '2026-11-22', metadataSource: 'json-ld' });
    expect(report.age).toMatchObject({ count: 12, unit: 'year' });
  });

  it('keeps the metadata when the page also shows its day, or when the older date is only a listed item', () => {
    const shown = parseHtml(`<html><head>${FRESH}</head><body><h1>Flood waters rise in the valley</h1><p>Published on November 22, 2026</p>
      <ul class="more"><li><span class="date">Published on June 12, 2014</span></li></ul></body></html>`);
    expect(findStamps(shown, URL_PLAIN, NOW)).toMatchObject({ published: { day: '2026-11-22' }, conflict: null });
    const teaser = parseHtml(`<html><head>${FRESH}</head><body><h1>Flood waters rise in the valley</h1><p>Text of the story.</p>
      <div class="list"><span class="date">12.06.2014</span></div></body></html>`);
    expect(findStamps(teaser, URL_PLAIN, NOW)).toMatchObject({ published: { day: '2026-11-22' }, conflict: null });
  });

  it('a day in the address is the first publication when the metadata is years fresher (a Squarespace post "/2017/7/12/" with JSON-LD of 2019)', () => {
    const json = '<script type="application/ld+json">{"@type":"Article","headline":"Unter uns: Montauk","datePublished":"2019-06-17T18:28:00+0200"}</script>';
    const doc = parseHtml(`<html><head>${json}</head><body><article><h1>Unter uns: Montauk</h1><p>Text.</p></article></body></html>`);
    const { report } = analyzeDates(doc, { url: 'https://blog.example/home/2017/7/12/unter-uns-montauk', now: NOW });
    expect(report.published).toMatchObject({ day: '2017-07-12', source: 'url' });
    expect(report.dateConflict).toEqual({ visible: '2017-07-12', metadata: '2019-06-17', metadataSource: 'json-ld' });
    // The page shows the metadata's day in its byline: the address's older day is not taken over it.
    const shown = parseHtml(`<html><head>${json}</head><body><article><h1>Unter uns: Montauk</h1><p class="byline">Published June 17, 2019</p></article></body></html>`);
    expect(findStamps(shown, 'https://blog.example/home/2017/7/12/unter-uns-montauk', NOW)).toMatchObject({ published: { day: '2019-06-17' }, conflict: null });
    // An address a day or two older than the metadata is a time-zone or a scheduling slip, not a republication.
    expect(findStamps(doc, 'https://blog.example/home/2019/6/16/unter-uns-montauk', NOW)).toMatchObject({ published: { day: '2019-06-17' }, conflict: null });
  });

  it('a page that states only its last update is aged from it, publication unknown', () => {
    const doc = parseHtml('<html><head><title>Stellungnahme der FN zum Thema</title></head><body><h1>Stellungnahme der FN zum Thema</h1><div>Stand: 04.02.2022</div><p>Text.</p></body></html>');
    const { report } = analyzeDates(doc, { url: URL_PLAIN, now: NOW });
    expect(report.published).toBeNull();
    expect(report.updated?.day).toBe('2022-02-04');
    expect(report.age).toMatchObject({ from: 'updated', count: 4, unit: 'year' });
  });

  it('does not take a user review nested in a recipe for the page\'s date', () => {
    const doc = parseHtml(`<html><head><script type="application/ld+json">{"@type":"Recipe","name":"Kuchen","datePublished":"2006-10-10",
      "review":[{"@type":"Review","datePublished":"2020-04-12"},{"@type":"Review","datePublished":"2020-04-11"}]}</script></head><body><h1>Kuchen</h1></body></html>`);
    expect(findStamps(doc, URL_PLAIN, NOW).published?.day).toBe('2006-10-10');
  });

  it('takes the first of several JSON-LD articles (the story, then its related list), not the earliest', () => {
    const node = (day: string): string => `{"@type":"NewsArticle","headline":"x","datePublished":"${day}T08:00:00Z"}`;
    const doc = parseHtml(`<html><head><script type="application/ld+json">[${['2023-11-01', '2023-10-13', '2023-10-25', '2023-08-09'].map(node).join(',')}]</script></head><body><h1>x</h1></body></html>`);
    expect(findStamps(doc, URL_PLAIN, NOW).published?.day).toBe('2023-11-01');
    // Two sources that differ (a republication meta and the first publication) still give the earliest.
    const two = parseHtml(`<html><head><meta property="article:published_time" content="2019-03-01T10:00:00Z"><script type="application/ld+json">${node('2014-06-12')}</script></head><body></body></html>`);
    expect(findStamps(two, URL_PLAIN, NOW).published?.day).toBe('2014-06-12');
  });
});
