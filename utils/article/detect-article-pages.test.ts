import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../test/helpers/fixtures';
import { detectArticle } from './detect-article';

/** Pages without article metadata, shaped as real sites build them (trimmed). */
const shell = (body: string, head = ''): Document => parseHtml(`<html><head><title>t</title>${head}</head><body>${body}</body></html>`);
const nav = '<header><nav><ul><li><a href="/">Start</a></li><li><a href="/blog/">Blog</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav></header>';
const prose = (seed: string, n: number): string => Array.from({ length: n }, (_, i) => `<p>${seed} ${i + 1}: the council met on Tuesday evening and agreed, after a long debate about the budget, to repair the bridge before winter.</p>`).join('');

const blogPost = shell(`${nav}<div id="content"><div class="post"><h1 class="entry-title">Alles neu macht der Mai</h1>
  <div class="meta">Veröffentlicht am 18. Mai 2014 von Anna</div><div class="entry">${prose('Absatz', 5)}</div></div>
  <div class="sidebar"><h3>Neueste Beiträge</h3><ul><li><a href="/a">A</a></li><li><a href="/b">B</a></li></ul></div></div>`);

const pressRelease = shell(`${nav}<main><div class="breadcrumb"><a href="/">Start</a> › <a href="/presse/">Presse</a></div>
  <div class="content"><h1>Pressemitteilung: Neue Förderrichtlinie für Forschungsbauten</h1><p class="date">26.01.2022</p>
  ${prose('Satz', 3)}<h2>Hintergrund</h2>${prose('Mehr', 2)}</div></main><footer><p>© Ministerium</p></footer>`);

const teaser = (i: number): string => `<div class="teaser"><h2><a href="/news/item-${i}">Meldung ${i}: Verein lädt zum Sommerfest</a></h2>`
  + `<span class="date">${String(i + 1).padStart(2, '0')}.06.2021</span><p>Der Verein lädt alle Mitglieder und Gäste herzlich zum großen Sommerfest auf dem Vereinsgelände ein, mit Musik und Grill.</p>`
  + `<a href="/news/item-${i}">weiterlesen</a></div>`;
const listing = shell(`${nav}<main><h1>Aktuelles</h1>${Array.from({ length: 10 }, (_, i) => teaser(i)).join('')}</main>`);

const shopPage = shell(`${nav}<main><h1>Rioja Reserva 2016, 0,75 l</h1><div class="price">12,90 €</div><button>In den Warenkorb</button>
  <div class="description">${prose('Beschreibung', 3)}</div></main>`,
  '<meta property="og:type" content="product"><script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Rioja"}</script>');

const topicRow = (i: number): string => `<tr><td><a class="topictitle" href="/t${i}">Thema ${i}</a></td><td>${i * 3}</td><td>Mo 04.0${(i % 9) + 1}.2020 12:0${i % 10}</td></tr>`;
const forumIndex = shell(`${nav}<div id="page-body"><h1>Forum: Allgemeine Diskussion</h1><p>Willkommen!</p>
  <table class="topics"><tbody>${Array.from({ length: 30 }, (_, i) => topicRow(i)).join('')}</tbody></table></div>`);

describe('detectArticle without article metadata', () => {
  it('takes a blog post and a press release (one main heading over running text) as articles', () => {
    expect(detectArticle(blogPost, 'https://example.org/2014/05/18/alles-neu/')).toEqual({ isArticle: true, reasons: ['one main heading (<h1>)', '5 paragraphs of running text under it'] });
    expect(detectArticle(pressRelease, 'https://example.org/presse/2022/01/260122-foerderung.html').isArticle).toBe(true);
    expect(detectArticle(blogPost, 'https://example.org/?p=959').isArticle).toBe(true);
  });

  it('takes a listing of ten dated teasers for a listing, not an article', () => {
    const verdict = detectArticle(listing, 'https://example.org/aktuelles/');
    expect(verdict.isArticle).toBe(false);
    expect(verdict.reasons.join(' ')).toMatch(/listing: 10 linked headings/);
  });

  it('takes a category page showing full posts for a listing; a post with related links after its text, or a "more on this" box inside it, for an article', () => {
    const fullPost = (i: number): string => `<div class="post"><h2><a href="/2021/06/post-${i}/">Beitrag ${i}</a></h2><div class="date">0${i}.06.2021</div>${prose('Text', 3)}</div>`;
    const category = shell(`${nav}<main><h1>Kategorie: Verein</h1>${[1, 2, 3, 4, 5, 6, 7, 8, 9].map(fullPost).join('')}</main>`);
    expect(detectArticle(category, 'https://example.org/category/verein/').reasons.join(' ')).toMatch(/listing: 9 linked headings/);
    const related = Array.from({ length: 6 }, (_, i) => `<h3><a href="/r${i}">Ähnlicher Beitrag ${i}</a></h3>`).join('');
    const post = shell(`${nav}<main><h1>Sommerfest 2021</h1><p>03.06.2021</p>${prose('Text', 4)}<aside>${related}</aside></main>`);
    expect(detectArticle(post, 'https://example.org/2021/06/sommerfest/').isArticle).toBe(true);
    const box = [1, 2, 3].map((i) => `<div class="teaser"><h4><a href="/mehr${i}">Mehr zum Thema ${i}</a></h4></div>`).join('');
    const story = shell(`${nav}<main><h1>Daten gehackt</h1>${prose('Text', 5)}<div class="infokasten">${box}</div>${prose('Weiter', 5)}</main>`);
    expect(detectArticle(story, 'https://news.example.org/investigativ/datenleck-101.html').isArticle).toBe(true);
  });

  it('takes a story set in <br> lines under its titled heading for an article, though the <p> text around is other stories\' teasers', () => {
    const lines = Array.from({ length: 6 }, (_, i) => `Report ${i + 1}: drivers on the coastal road were asked to slow down all morning as thick fog rolled in across the valley.<br><br>`).join('');
    const more = [1, 2, 3].map((i) => `<li><h3><a href="/item_show?no=${i}">Other story ${i}</a></h3><p>A teaser line of another story, long enough to count as running text on its own.</p></li>`).join('');
    const page = (story: string): Document => parseHtml(`<html><head><title>Warmer Nights Expected Over the Weekend</title></head><body>${nav}
      <div class="contents"><section class="view"><div class="title_area"><h1>Warmer Nights Expected Over the Weekend</h1><p class="date">Written: 2022-04-19 09:12:44</p></div>
      <div class="body_txt">${story}</div></section><section class="more"><ul>${more}</ul></section></div></body></html>`);
    expect(detectArticle(page(lines), 'https://world.example.org/bulletin/item_show.htm?no=50412')).toMatchObject({ isArticle: true, reasons: ['one heading naming the title (<h1>)', expect.stringMatching(/characters of running text around it, not in paragraphs/)] });
    // Without its own text the page is still the listing of teasers it was.
    expect(detectArticle(page('Photo: Agency'), 'https://world.example.org/bulletin/item_show.htm?no=50412').isArticle).toBe(false);
  });

  it('tries the first <h2>/<h3> as the title when a page has no <h1> (older blog themes)', () => {
    const post = shell(`${nav}<div id="main"><h3>Suche</h3><div class="post"><h2 class="post-title"><a href="/2014/05/18/mai/">Alles neu macht der Mai</a></h2>${prose('Absatz', 3)}</div></div>`);
    expect(detectArticle(post, 'https://example.org/2014/05/18/mai/')).toMatchObject({ isArticle: true, reasons: [expect.stringMatching(/<h[23]>/), '3 paragraphs of running text under it'] });
    const listing = shell(`${nav}<div id="main">${[1, 2, 3, 4, 5].map((i) => `<h2><a href="/p${i}">Beitrag ${i}</a></h2>${prose('Text', 1)}`).join('')}</div>`);
    expect(detectArticle(listing, 'https://example.org/page/2/').isArticle).toBe(false);
  });

  it('takes a shop page and a forum index for what they are', () => {
    expect(detectArticle(shopPage, 'https://shop.example.org/wein/rioja-reserva-2016').isArticle).toBe(false);
    expect(detectArticle(forumIndex, 'https://forum.example.org/viewforum.php?f=2').isArticle).toBe(false);
  });

  it('takes one video with its upload date (a broadcaster\'s video page) as dated, a page of many videos not', () => {
    const head = '<meta property="og:type" content="video.other">';
    const video = (i: number): string => `<div itemscope itemtype="http://schema.org/VideoObject"><meta itemprop="uploadDate" content="2019-10-1${i}T18:15:00Z"><h2>Clip ${i}</h2></div>`;
    expect(detectArticle(shell(`${nav}<h1>Nahrungsergänzungsmittel</h1>${video(6)}<p>Sendung vom 16.10.2019</p>`, head), 'https://media.example.org/player/abc123/clip').reasons).toEqual(['og:type is video.other', 'one dated video (uploadDate)']);
    expect(detectArticle(shell(`${nav}<h1>Mediathek</h1>${[1, 2, 3, 4].map(video).join('')}`, head), 'https://media.example.org/rubrik/wissen').isArticle).toBe(false);
  });

  it('never takes a site\'s home page for an article, even with article metadata or running text', () => {
    const home = shell(`${nav}<main><h1>Willkommen</h1>${prose('Text', 4)}</main>`, '<meta property="og:type" content="article">');
    for (const url of ['https://example.org/', 'https://example.org', 'https://example.org/index.html', 'https://example.org/de/']) {
      expect(detectArticle(home, url)).toEqual({ isArticle: false, reasons: ['the address is a site\'s home page'] });
    }
    expect(detectArticle(home, 'https://example.org/blog/willkommen').isArticle).toBe(true);
  });

  it('needs more than one long paragraph and at most three main headings', () => {
    const oneParagraph = shell(`${nav}<main><h1>Kontakt</h1>${prose('Adresse', 1)}<p>Tel. 0123</p></main>`);
    expect(detectArticle(oneParagraph, 'https://example.org/kontakt').isArticle).toBe(false);
    const manyHeadings = shell(`<main>${Array.from({ length: 4 }, (_, i) => `<div><h1><a href="/n${i}">News ${i}</a></h1>${prose('Teaser', 2)}</div>`).join('')}</main>`);
    expect(detectArticle(manyHeadings, 'https://example.org/news/').isArticle).toBe(false);
  });

  it('counts the paragraphs of the post\'s own <article>, not of an image\'s <article> with its caption inside it', () => {
    const media = '<article class="media"><img src="/fell.jpg" alt=""><p>Da Fellbesatz für Kleider von Pelzfarmen oder gezielter Jagd stammt, verzichten immer mehr Marken darauf.</p><p>Pixabay</p></article>';
    const story = shell(`${nav}<article class="node"><div class="node__header"><h1>Pelz: Luxusmarken steigen aus</h1>${media}</div><div class="field">${prose('Absatz', 5)}</div></article>`);
    expect(detectArticle(story, 'https://www.example.ch/natur/pelz-luxusmarken')).toMatchObject({ isArticle: true, reasons: ['<article> element', '7 paragraphs of text'] });
  });

  it('stops at pages without running text: a forum thread of short posts, a table of readings', () => {
    const post = (i: number): string => `<div class="post"><p class="author">Posted <time datetime="2026-11-0${(i % 9) + 1}T10:00">2026-11-0${(i % 9) + 1} 10:00</time></p><div class="content">Same here, thanks!</div></div>`;
    const thread = shell(`${nav}<div id="wrap"><h2 class="topic-title">Re: city budget</h2>${Array.from({ length: 60 }, (_, i) => post(i)).join('')}</div>`);
    expect(detectArticle(thread, 'https://forum.example.org/viewtopic.php?t=12')).toEqual({ isArticle: false, reasons: ['no article metadata, <article> element or body text'], paragraphs: null });
  });
});
