import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../test/helpers/fixtures';
import { detectArticle } from './detect-article';

const page = (head: string, body: string): Document => parseHtml(`<html><head>${head}</head><body>${body}</body></html>`);

describe('detectArticle', () => {
  it('takes og:type article, JSON-LD NewsArticle or article:published_time alone as an article', () => {
    expect(detectArticle(page('<meta property="og:type" content="Article">', '')).isArticle).toBe(true);
    expect(detectArticle(page('<script type="application/ld+json">{"@type": "NewsArticle"}</script>', '')).isArticle).toBe(true);
    expect(detectArticle(page('<meta name="article:published_time" content="2014-06-11">', '')).isArticle).toBe(true);
  });

  it('reads microdata from itemscope elements', () => {
    const verdict = detectArticle(page('', '<div itemscope itemtype="https://schema.org/NewsArticle"><p>One.</p></div>'));
    expect(verdict).toEqual({ isArticle: true, reasons: ['microdata describes an article'] });
  });

  it('needs two weak signs without metadata, and says why not', () => {
    expect(detectArticle(page('<meta property="og:type" content="website">', '<h1>Shop</h1><p>Buy.</p>')).isArticle).toBe(false);
    expect(detectArticle(page('', '<article><p>a</p><p>b</p><p>c</p><p>d</p></article>'))).toMatchObject({ isArticle: true, reasons: ['<article> element', '4 paragraphs of text'] });
    expect(detectArticle(page('', '<div>Nothing here</div>')).reasons).toEqual(['no article metadata, <article> element or body text']);
    expect(detectArticle(page('', '<article><h1>Menu</h1><p>a</p><p>b</p></article>'))).toEqual({ isArticle: false, reasons: ['no article metadata; an <article> element with 2 paragraphs'], paragraphs: 2 });
    expect(detectArticle(page('', '<div>Nothing here</div>')).paragraphs).toBeNull();
  });

  it('reads JSON-LD at the end of a long body', () => {
    const filler = '<div><span>row</span></div>'.repeat(500);
    expect(detectArticle(page('', `${filler}<script type="application/ld+json">{"@type": ["WebPage", "NewsArticle"]}</script>`)).reasons).toEqual(['JSON-LD describes an article']);
  });

  it('takes a forum thread\'s opening post (JSON-LD or microdata DiscussionForumPosting) as a dated item, a profile\'s list of posts not', () => {
    const thread = page('<meta property="og:type" content="website">', `<div class="p-title"><h1>Patchnotes 4.47.4 - Bugfix-Build</h1></div>
      <article class="message"><div class="bbWrapper">Hallo zusammen,<br>folgende Fehler wurden behoben.</div></article>
      <script type="application/ld+json">{"@context": "https://schema.org", "@type": "DiscussionForumPosting", "headline": "Patchnotes 4.47.4", "datePublished": "2020-09-18T10:32:11+0200"}</script>`);
    expect(detectArticle(thread, 'https://game.example.com/forums/threads/patchnotes-4-47-4.3976/')).toEqual({ isArticle: true, reasons: ['JSON-LD describes an article'] });
    const post = page('', '<div itemscope itemtype="https://schema.org/DiscussionForumPosting"><meta itemprop="datePublished" content="2021-05-02"><p>Short note.</p></div>');
    expect(detectArticle(post).reasons).toEqual(['microdata describes an article']);
    const profile = page('<script type="application/ld+json">{"@type": "ProfilePage", "mainEntity": {"@type": "Person"}, "hasPart": [{"@type": "SocialMediaPosting", "datePublished": "2021-05-02"}, {"@type": "SocialMediaPosting", "datePublished": "2021-04-30"}]}</script>', '<h1>@example</h1>');
    expect(detectArticle(profile, 'https://social.example.com/@example').isArticle).toBe(false);
    const forumIndex = page('<script type="application/ld+json">{"@type": "WebPage", "name": "Forum"}</script>', '<h1>Forum</h1><table><tr><td><a href="/t1">Thema 1</a></td></tr></table>');
    expect(detectArticle(forumIndex, 'https://game.example.com/forums/').isArticle).toBe(false);
  });

  it('takes a page with a Dublin Core issue date for one issued item, whatever links surround its text', () => {
    const related = Array.from({ length: 20 }, (_, i) => `<h2><a href="/noticias/deportes/nota-${i}">Otra noticia ${i}</a></h2>`).join('');
    const body = `<div class="t-tools"><h1 class="title">Fútbol</h1></div><h2>El primero en hablar: sorprendente despedida</h2>
      <p>${'El técnico se despidió del club tras tres temporadas, con un mensaje a la afición y a los jugadores. '.repeat(2)}</p>
      <p>${'La directiva agradeció su trabajo y anunció que el sucesor será presentado la próxima semana en rueda de prensa. '.repeat(2)}</p>${related}
      <p>${'Más noticias del deporte regional, resultados y tablas de posiciones de todos los torneos de la temporada. '.repeat(2)}</p>`;
    const issued = page('<meta name="DC.date.issued" content="2020-12-06T12:32:58+00:00">', body);
    expect(detectArticle(issued, 'https://diario.example.com/noticias/deportes/futbol/el-primero-en-hablar-647581')).toEqual({ isArticle: true, reasons: ['Dublin Core issue date (DC.date.issued)'] });
    expect(detectArticle(page('<meta name="dcterms.issued" content="2022-02-04">', '')).isArticle).toBe(true);
    // Without it the same page reads as a listing; other Dublin Core dates (created, modified, a bare date) decide nothing.
    expect(detectArticle(page('', body), 'https://diario.example.com/noticias/deportes/futbol/').isArticle).toBe(false);
    for (const name of ['DC.date', 'DC.date.modified', 'dcterms.modified']) expect(detectArticle(page(`<meta name="${name}" content="2020-12-06">`, '<div>Nothing here</div>')).isArticle).toBe(false);
  });

  it('still takes a site\'s home page carrying an issue date or a posting for none', () => {
    const home = page('<meta name="DC.date.issued" content="2020-12-06"><script type="application/ld+json">{"@type": "BlogPosting"}</script>', '<h1>Blog</h1>');
    expect(detectArticle(home, 'https://blog.example.com/').isArticle).toBe(false);
  });
});
