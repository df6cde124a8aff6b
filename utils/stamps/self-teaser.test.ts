import { describe, expect, it } from 'vitest';
import { NOW, parseHtml } from '../../test/helpers/fixtures';
import { findStamps } from './find-stamps';

const PAGE = 'https://www.verband.example/menschenrechte-achten';
const page = (body: string, lang = 'de'): Document =>
  parseHtml(`<html lang="${lang}"><head><title>Menschenrechte achten | Verband</title></head><body><h1>Menschenrechte achten</h1><p>Ein Appell an die nächste Bundesregierung.</p>${body}</body></html>`);
const published = (body: string, url = PAGE): ReturnType<typeof findStamps>['published'] => findStamps(page(body), url, NOW).published;

/** A "latest" list as an association's site sets it (Drupal views): each teaser is one link holding its date. */
const row = (href: string, day: string, title: string): string =>
  `<div class="views-row"><a href="${href}"><div class="teaser"><div class="authored">${day}</div><h2>${title}</h2><p>Kurz gesagt.</p></div></a></div>`;

describe('the site\'s own teaser for this page', () => {
  it('dates a page that shows no date of its own from its entry in the page\'s "Aktuell" list', () => {
    const stamp = published(`<aside class="aktuell">${row('/gefluechtete-belarus', '09.11.2021', 'Geflüchtete in Belarus')}${row('/menschenrechte-achten', '10.11.2021', 'Menschenrechte achten')}</aside>`);
    expect(stamp?.day).toBe('2021-11-10');
    expect(stamp?.source).toBe('teaser');
    expect(stamp?.evidence).toContain('10.11.2021');
  });

  it('reads a carousel teaser whose title links here and whose date sits in its own footer', () => {
    const stamp = published(`<div class="swiper related-stories">
      <article class="default-teaser"><h2><a href="/gesellschaft/andere-geschichte-11">Eine andere Geschichte</a></h2><footer><span class="default-teaser__date">12. März 2020</span></footer></article>
      <article class="default-teaser"><h2><a href="https://www.verband.example/menschenrechte-achten/">Menschenrechte achten</a></h2><figure><img alt=""></figure><footer><span class="default-teaser__date">18. März 2020</span></footer></article>
      </div>`);
    expect(stamp?.day).toBe('2020-03-18');
  });

  it('takes no date from other stories\' teasers, nor from a list that holds this page\'s link among others', () => {
    expect(published(`<aside>${row('/gefluechtete-belarus', '09.11.2021', 'Geflüchtete in Belarus')}</aside>`)?.day ?? null).toBeNull();
    // The link here has no date of its own: the list around it dates other stories.
    expect(published(`<ul class="related"><li><a href="/menschenrechte-achten">Menschenrechte achten</a></li><li><a href="/andere">Andere</a> 09.11.2021</li></ul>`)?.day ?? null).toBeNull();
  });

  it('never reads a home page\'s links, and tells pages apart by their query', () => {
    expect(published(row('/', '10.11.2021', 'Start'), 'https://www.verband.example/')?.day ?? null).toBeNull();
    const byQuery = `<aside>${row('/artikel.php?id=13', '10.11.2021', 'Anderer Artikel')}</aside>`;
    expect(published(byQuery, 'https://www.verband.example/artikel.php?id=12')?.day ?? null).toBeNull();
    expect(published(`<aside>${row('/artikel.php?id=12', '10.11.2021', 'Dieser Artikel')}</aside>`, 'https://www.verband.example/artikel.php?id=12')?.day).toBe('2021-11-10');
  });

  it('stays below any date the page states itself', () => {
    const stamp = published(`<div class="byline">Veröffentlicht am 08.11.2021</div><aside>${row('/menschenrechte-achten', '10.11.2021', 'Menschenrechte achten')}</aside>`);
    expect(stamp?.day).toBe('2021-11-08');
    expect(stamp?.source).toBe('byline');
  });
});
