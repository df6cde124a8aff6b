import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { addressDate } from '../links/address-date';
import { findUrlStamps } from './url';

const page = (lang: string): Document => {
  const { document } = new Window();
  document.documentElement.setAttribute('lang', lang);
  return document as unknown as Document;
};

describe('findUrlStamps: the page address read by the one address-date registry', () => {
  it('reads a day the address writes (The Guardian, NPR, a press release "/detail/~02-01-2022-…")', () => {
    expect(findUrlStamps(page('en'), 'https://www.theguardian.com/us-news/2016/nov/29/standing-rock')[0]?.day).toBe('2016-11-29');
    expect(findUrlStamps(page('en'), 'http://www.npr.org/sections/thetwo-way/2016/12/15/505723552/jury-finds')[0]?.day).toBe('2016-12-15');
    expect(findUrlStamps(page('de'), 'https://mluk.brandenburg.de/presseinformationen/detail/~02-01-2022-land-zahlte')[0]?.day).toBe('2022-01-02');
  });

  it('reads "02-01-2022" month first only on a page that writes dates month first', () => {
    expect(findUrlStamps(page('en-US'), 'https://example.org/news/02-01-2022-story')[0]?.day).toBe('2022-02-01');
    expect(addressDate(new URL('https://example.org/news/02-01-2022-story'), new Date('2026-01-01'), 'mdy')?.day).toBe('2022-02-01');
  });

  it('gives no day for a month and a slug that starts with a number ("/2023/10/3-fragen-an-…"), nor for an id', () => {
    expect(findUrlStamps(page('de'), 'https://blog.campact.de/2023/10/3-fragen-an-tina-musil-teamleiterin-fundraising/')).toEqual([]);
    expect(findUrlStamps(page('en'), 'https://www.bbc.com/news/world-us-canada-52241221')).toEqual([]);
  });

  it('reads the original address inside a web-archive capture', () => {
    expect(findUrlStamps(page('en'), 'https://web.archive.org/web/20170101000000/https://www.cnn.com/2016/11/29/politics/story/index.html')[0]?.day).toBe('2016-11-29');
  });
});
