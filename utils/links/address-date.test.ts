import { describe, expect, it } from 'vitest';
import { NOW } from '../../test/helpers/fixtures';
import { ADDRESS_DATE_PATTERNS, addressDate, matchPattern } from './address-date';

const examples = ADDRESS_DATE_PATTERNS.flatMap((entry) => entry.examples.map((example) => ({ entry, ...example })));

describe('address-date registry', () => {
  it('covers at least 30 publishers', () => {
    const publishers = new Set(examples.map((e) => e.publisher.replace(/\s*\(.*\)$/, '')));
    expect(publishers.size).toBeGreaterThanOrEqual(30);
  });

  it.each(examples.map((e) => [e.entry.id, e.publisher, e]))('%s reads %s', (_id, _publisher, e) => {
    const url = new URL(e.url);
    const own = matchPattern(e.entry, url, NOW);
    expect(own?.value).toBe(e.date);
    expect(own?.precision).toBe(e.entry.precision);
    // The whole registry reads the same date (a day pattern may find the day where a month pattern would stop at the month).
    const found = addressDate(url, NOW);
    expect(found?.value.startsWith(e.date)).toBe(true);
    expect(url.href).toContain(found!.evidence);
  });

  it('reads a month, not a day, when the slug starts with a number (Campact: "/2023/10/3-fragen-an-…")', () => {
    const found = addressDate(new URL('https://blog.campact.de/2023/10/3-fragen-an-tina-musil-teamleiterin-fundraising/'), NOW);
    expect(found).toMatchObject({ value: '2023-10', precision: 'month', day: null });
  });

  it('keeps the evidence as the address wrote it', () => {
    const found = addressDate(new URL('https://www.theguardian.com/us-news/2016/Nov/29/standing-rock'), NOW);
    expect(found).toMatchObject({ value: '2016-11-29', day: '2016-11-29', precision: 'day', source: 'url', evidence: '/2016/Nov/29', pattern: 'slashed-y-monthname-d' });
  });
});

// Numbers that only look like dates, and dates that cannot be.
const NOT_DATES: [string, string][] = [
  ['BBC story id', 'https://www.bbc.com/news/world-us-canada-52241221'],
  ['Miami Herald article id', 'http://www.miamiherald.com/news/business/biz-monday/article120329158.html'],
  ['Times of India articleshow id', 'https://timesofindia.indiatimes.com/india/china-snubs-imran/articleshow/71496416.cms'],
  ['The Verge eight-digit id (year 2375)', 'https://www.theverge.com/23752959/apple-vision-pro-headset-hands-on-demo-impressions'],
  ['El País epoch-seconds id', 'https://elpais.com/sociedad/1582045946_459487.html'],
  ['Nikkei article code', 'https://www.nikkei.com/article/DGXMZO31897660Y8A610C1000000/'],
  ['a date inside a longer id (Yonhap)', 'https://en.yna.co.kr/view/AEN20190820002300325?section=nk/nk'],
  ['impossible day 2014-12-99', 'https://example.org/news/2014-12-99/story'],
  ['impossible slashed day', 'https://example.org/2014/12/99/story'],
  ['impossible month 13', 'https://example.org/story-2014-13-01/'],
  ['30 February', 'https://example.org/2015/02/30/leap-story'],
  ['compact 20141399', 'https://example.org/news/20141399/story'],
  ['Die Zeit issue number, not a month', 'https://www.zeit.de/2019/43/klimaschutz-banken-unternehmen'],
  ['a year in a slug', 'https://www.vox.com/2017-in-review/best-movies'],
  ['an election year in a slug', 'https://www.nbcnews.com/politics/2024-election/trump-nikki-haley-rcna121830'],
  ['a date in the future', 'https://example.org/2031/05/01/future-story'],
  ['before the web', 'https://example.org/1989/11/09/berlin-wall'],
  ['a phone number in the path', 'https://example.org/kontakt/030-2014-0612'],
  ['an id parameter, not a date one', 'https://www.koreaherald.com/view.php?ud=20200317000123'],
  ['a year and a page number', 'https://example.org/archive/2019/page/2'],
];

describe('numbers that are not dates', () => {
  it.each(NOT_DATES)('%s', (_why, url) => {
    expect(addressDate(new URL(url), NOW)).toBeNull();
  });
});
