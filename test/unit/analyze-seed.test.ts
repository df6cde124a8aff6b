import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analyze-page';
import { NOW, SEED_URL, parseHtml, seedDocument } from '../helpers/fixtures';

describe('analyzePage on the seed article', () => {
  const report = analyzePage(seedDocument(), { url: SEED_URL, now: NOW });

  it('sees a news article', () => {
    expect(report.article.isArticle).toBe(true);
  });

  it('finds the archived banner with its exact text and element', () => {
    expect(report.notice?.kind).toBe('archived');
    expect(report.notice?.text).toBe(
      'This is an archived article and the information in the article may be outdated. Please look at the time stamp on the story to see when it was last updated.',
    );
    const element = seedDocument().querySelector(report.notice!.selector);
    expect(element?.textContent).toContain('This is an archived article');
  });

  it('dates the story to 2014 from the copyright line, at year precision and low confidence', () => {
    expect(report.published).toMatchObject({ value: '2014', precision: 'year', source: 'copyright' });
    expect(report.published?.evidence).toContain('© 2014 Cable News Network');
    expect(report.published!.confidence).toBeLessThan(0.5);
  });

  it('says the story is about 12 years old', () => {
    expect(report.age).toMatchObject({ count: 12, unit: 'year', bound: 'about', from: 'published' });
  });

  it('is plain data that survives JSON', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('leaves the page untouched', () => {
    const doc = seedDocument();
    const before = doc.documentElement.outerHTML;
    analyzePage(doc, { url: SEED_URL, now: NOW });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('analyzePage: notices checked against the stamps', () => {
  const guardianLike = (stamp: string): string =>
    `<html><head>${stamp}</head><body><article><div class="dcr-92oqeo">This article is more than 5 years old</div><h1>Story</h1><p>Text.</p></article></body></html>`;

  it('a "more than 5 years old" label agrees with a 2016 stamp', () => {
    const report = analyzePage(parseHtml(guardianLike('<meta property="article:published_time" content="2016-11-29T20:26:06Z">')), { url: 'https://news.example/a', now: NOW });
    expect(report.notice).toMatchObject({ kind: 'age-label', statedAge: { minYears: 5 }, agreesWithStamps: true });
    expect(report.published?.day).toBe('2016-11-29');
  });

  it('with no stamp at all, the age comes from the notice as a lower bound', () => {
    const report = analyzePage(parseHtml(guardianLike('')), { url: 'https://news.example/a', now: NOW });
    expect(report.published).toBeNull();
    expect(report.age).toMatchObject({ from: 'notice', count: 5, unit: 'year', bound: 'at-least' });
  });

  it('a Wayback capture is reported as captured and as a notice, never as the publish stamp', () => {
    const report = analyzePage(parseHtml('<html><body><div id="wm-ipp-base"></div><h1>x</h1><p>Text.</p></body></html>'), {
      url: 'https://web.archive.org/web/20150301120000/http://news.example/2014/06/12/story',
      now: NOW,
    });
    expect(report.captured).toMatchObject({ day: '2015-03-01', source: 'web-archive' });
    expect(report.published).toMatchObject({ day: '2014-06-12', source: 'url' });
    expect(report.notice).toMatchObject({ kind: 'web-archive-capture', agreesWithStamps: true });
  });
});
