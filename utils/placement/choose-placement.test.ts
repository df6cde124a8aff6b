import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../test/helpers/fixtures';
import { report } from '../../components/test-reports';
import { choosePlacement, placementCss } from './choose-placement';
import { findHeadline } from './find-headline';
import { flatLayout } from './layout';

const TITLE = 'Council votes to close the old river bridge';
const page = (body: string, head = `<title>${TITLE} | The Daily Courier</title>`): Document =>
  parseHtml(`<html><head>${head}</head><body>${body}</body></html>`);

describe('findHeadline', () => {
  it('takes the heading that matches the title, not the first h1 (a logo, a section name)', () => {
    const doc = page(`<header><h1 class="masthead"><a href="/">The Daily Courier</a></h1></header>
      <h1>Politics</h1><main><article><h1 id="hed">Council votes to close the old river bridge</h1><p>Text.</p></article></main>`);
    expect(findHeadline(doc)?.id).toBe('hed');
  });

  it('matches og:title when the document title is only the site name, and a lightly edited headline', () => {
    const doc = page('<div><h2>Most read</h2><h2 id="hed">Council votes to close old river bridge, for now</h2></div>',
      `<title>The Daily Courier</title><meta property="og:title" content="${TITLE}">`);
    expect(findHeadline(doc)?.id).toBe('hed');
  });

  it('never picks a heading inside a link, a button, navigation or a logo', () => {
    const inLink = page(`<a href="/story"><h1>${TITLE}</h1></a><nav><h2>${TITLE}</h2></nav><button><h2>${TITLE}</h2></button><div class="site-logo"><h1>${TITLE}</h1></div>`);
    expect(findHeadline(inLink)).toBeNull();
  });

  it('skips a heading that is not rendered for the one that is', () => {
    const doc = page(`<h1 id="hidden">${TITLE}</h1><article><h1 id="shown">${TITLE}</h1></article>`);
    expect(findHeadline(doc, (e) => e.id !== 'hidden')?.id).toBe('shown');
  });

  it('takes the site\'s <h1> for the site\'s name when the title reads "Site » Section » Story", and the story\'s heading instead', () => {
    const doc = page(`<header><h1>Four Years Remaining</h1></header><div class="post"><h2 id="hed">${TITLE}</h2><p>Text.</p></div>`,
      `<title>Four Years Remaining » Blog Archive » ${TITLE}</title>`);
    expect(findHeadline(doc)?.id).toBe('hed');
  });

  it('keeps the story\'s <h1> that names the title, past a hidden copy and teaser headings', () => {
    const doc = page(`<h1 id="hidden" class="is-hidden">${TITLE}</h1><article><h1 id="hed">${TITLE}</h1><h2><a href="/other">Council votes to close the old river bridge: what next</a></h2></article>`);
    expect(findHeadline(doc, (e) => e.id !== 'hidden')?.id).toBe('hed');
  });

  it('falls back to the article region’s own h1 when no heading matches the title', () => {
    const doc = page('<h1>Weather</h1><article><h1 id="hed">Something else entirely</h1></article>');
    expect(findHeadline(doc)?.id).toBe('hed');
  });
});

describe('choosePlacement', () => {
  it('goes right after the notice when there is one, else after the headline', () => {
    const doc = page(`<article><h1 id="hed">${TITLE}</h1><p id="n">This article is more than 5 years old</p></article>`);
    const notice = { kind: 'age-label' as const, text: 'This article is more than 5 years old', selector: '#n', tagName: 'P', statedAge: null, agreesWithStamps: true };
    expect(choosePlacement(doc, report({ notice }))).toMatchObject({ anchor: { id: 'n' }, append: 'after', corner: false });
    expect(choosePlacement(doc, report())).toMatchObject({ anchor: { id: 'hed' }, append: 'after', corner: false });
  });

  it('uses the byline without a headline, and the corner only when nothing is found', () => {
    expect(choosePlacement(page('<p class="byline" id="by">By A. Reporter</p>'), report()).anchor.id).toBe('by');
    expect(choosePlacement(page('<p>Just text.</p>'), report())).toMatchObject({ append: 'last', corner: true });
  });

  it('follows a flex header rather than its headline, and starts where the anchor’s text starts', () => {
    const doc = page(`<article><header id="head" class="flex"><h1 id="hed">${TITLE}</h1><img alt=""></header><p>Text.</p></article>`);
    const layout = { ...flatLayout, display: (e: Element) => (e.classList.contains('flex') ? 'flex' : 'block'), indent: (e: Element) => (e.id === 'head' ? 24 : 0) };
    expect(choosePlacement(doc, report(), layout)).toMatchObject({ anchor: { id: 'head' }, indent: 24, corner: false });
  });

  it('stays after the headline in a flex column, with the headline’s order', () => {
    const doc = page(`<article><header class="flex"><img alt=""><h1 id="hed">${TITLE}</h1></header></article>`);
    const layout = { ...flatLayout, display: (e: Element) => (e.classList.contains('flex') ? 'flex' : 'block'), flexDirection: () => 'column', order: (e: Element) => (e.id === 'hed' ? 2 : 0) };
    const placement = choosePlacement(doc, report(), layout);
    expect(placement).toMatchObject({ anchor: { id: 'hed' }, order: 2 });
    expect(placementCss(placement)).toContain('order:2');
  });

  it('takes the corner when nothing is shown in the first two screens', () => {
    const doc = page(`<article><h1>${TITLE}</h1><p class="byline">By A. Reporter</p></article>`);
    expect(choosePlacement(doc, report(), { ...flatLayout, shown: () => false }).corner).toBe(true);
  });

  it('never anchors in <head>, even when a notice selector points there', () => {
    const doc = page('<p>Text.</p>', `<title>${TITLE}</title><meta id="n" name="x">`);
    const notice = { kind: 'archived' as const, text: 'x', selector: '#n', tagName: 'META', statedAge: null, agreesWithStamps: null };
    expect(choosePlacement(doc, report({ notice })).corner).toBe(true);
  });
});
