import { describe, expect, it } from 'vitest';
import { NOW, parseHtml } from '../../test/helpers/fixtures';
import { findLinkDates } from './find-link-dates';
import { siteOf } from './outbound';

const PAGE = 'https://www.google.com/search?q=bridge';
const GUARDIAN = 'https://www.theguardian.com/us-news/2016/nov/29/standing-rock-protest';

describe('findLinkDates', () => {
  it('dates outbound article links from their address, unwrapping redirectors, and skips the rest', () => {
    const doc = parseHtml(`<body>
      <a href="/search?q=next">Next page</a>
      <a href="https://maps.google.com/maps?q=x">Maps</a>
      <a href="https://www.google.com/url?q=${encodeURIComponent(GUARDIAN)}&sa=U">Standing Rock   protest</a>
      <a href="https://www.bbc.com/news/world-us-canada-52241221">BBC story</a>
      <a href="https://www.amazon.com/dp/B07XJ8C8F3">Kettle</a>
      <a href="https://www.example.org/">Home</a>
      <a href="https://cdn.example.org/2019/05/12/photo.jpg">Photo</a>
      <a href="mailto:news@example.org">Mail</a>
    </body>`);
    const links = findLinkDates(doc, { url: PAGE, now: NOW });
    expect(links.map((l) => l.target)).toEqual([GUARDIAN, 'https://www.bbc.com/news/world-us-canada-52241221']);
    const [guardian, bbc] = links;
    expect(guardian).toMatchObject({
      text: 'Standing Rock protest',
      published: { value: '2016-11-29', day: '2016-11-29', precision: 'day', source: 'url', evidence: '/2016/nov/29' },
      age: { count: 9, unit: 'year', bound: 'exact', days: 3647 },
    });
    expect(guardian!.href).toContain('https://www.google.com/url?q=');
    expect(bbc).toMatchObject({ published: null, age: null });
  });

  it('takes a plain list of links too, and gives a month-precision age', () => {
    const links = findLinkDates([{ href: 'https://www.theatlantic.com/magazine/archive/2012/05/' }], { url: 'https://news.ycombinator.com/', now: NOW });
    expect(links[0]?.published).toMatchObject({ value: '2012-05', day: null, precision: 'month' });
    expect(links[0]?.age).toMatchObject({ count: 14, unit: 'year', bound: 'about' });
  });

  it('treats subdomains and country registries as one site', () => {
    expect(siteOf('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('edition.cnn.com')).toBe('cnn.com');
    expect(siteOf('www.abc.net.au')).toBe('abc.net.au');
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
    const links = findLinkDates([{ href: 'https://www.nytimes.com/2020/08/16/business/x.html' }], { url: 'https://cooking.nytimes.com/', now: NOW });
    expect(links).toEqual([]);
  });

  it('survives hostile hrefs', () => {
    const hrefs = ['javascript:alert(1)', 'http://[::1', '', '   ', `https://x.example/${'9'.repeat(10000)}`, 'https://a.example/%E0%A4%A/2014/06/12/'];
    expect(() => findLinkDates(hrefs.map((href) => ({ href })), { url: PAGE, now: NOW })).not.toThrow();
  });
});
