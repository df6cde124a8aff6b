import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOW } from '../../test/helpers/fixtures';
import { findLinkDates } from './find-link-dates';

const DAY = 86_400_000;
// Address pieces that look like dates, and some that only almost do.
const piece = fc.oneof(
  fc.constantFrom('2014', '1989', '2031', '06', '12', '99', '13', '00', 'nov', 'feb', '20140612', '20141399', '2014-06-12', '2014-12-99', 'archive', 'url', 'l.php'),
  fc.stringMatching(/^[a-z0-9%_.-]{0,12}$/),
  fc.integer({ min: 0, max: 99_999_999 }).map(String),
);
const path = fc.array(fc.tuple(piece, fc.constantFrom('/', '-', '_')), { maxLength: 8 }).map((parts) => `/${parts.map(([p, sep]) => p + sep).join('')}`);
const host = fc.constantFrom('www.nytimes.com', 'l.facebook.com', 'www.google.com', 'out.reddit.com', 't.umblr.com', 'example.org', 'news.ycombinator.com');
const href = fc.oneof(
  fc.tuple(host, path, fc.stringMatching(/^[a-z0-9=&%._-]{0,40}$/)).map(([h, p, q]) => `https://${h}${p}${q ? `?${q}` : ''}`),
  fc.tuple(host, path).map(([h, p]) => `https://l.facebook.com/l.php?u=${encodeURIComponent(`https://${h}${p}`)}`),
  fc.string({ maxLength: 200 }),
);

describe('findLinkDates on any address', () => {
  it('never throws, keeps only web addresses, and every date it gives is a real day or month between 1990 and now', () => {
    fc.assert(fc.property(fc.array(href, { maxLength: 20 }), (hrefs) => {
      const links = findLinkDates(hrefs.map((h) => ({ href: h, text: h })), { url: 'https://news.ycombinator.com/', now: NOW });
      for (const link of links) {
        expect(link.target).toMatch(/^https?:\/\//);
        expect(link.text.length).toBeLessThanOrEqual(200);
        if (!link.published) { expect(link.age).toBeNull(); continue; }
        const { value, precision } = link.published;
        expect(value).toMatch(precision === 'day' ? /^\d{4}-\d{2}-\d{2}$/ : /^\d{4}-\d{2}$/);
        const start = Date.parse(precision === 'day' ? `${value}T00:00:00Z` : `${value}-01T00:00:00Z`);
        expect(start).toBeGreaterThanOrEqual(Date.UTC(1990, 0, 1));
        expect(start).toBeLessThanOrEqual(NOW.getTime() + DAY);
        if (precision === 'day') expect(new Date(start).toISOString().slice(0, 10)).toBe(value);
        expect(link.target.toLowerCase()).toContain(link.published.evidence.toLowerCase().replace(/^[?&]/, ''));
      }
    }), { numRuns: 300 });
  });
});
