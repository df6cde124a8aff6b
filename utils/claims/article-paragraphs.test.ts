import { describe, expect, it } from 'vitest';
import { parseHtml, seedDocument } from '../../test/helpers/fixtures';
import { articleParagraphs } from './article-paragraphs';

const STORY = `<article><h1>Headline</h1>
  <p>For now, militants remain in control of Mosul, a predominantly Sunni city of 1.6 million.</p>
  <p>Local police forces are still in charge of the security inside the city of Kirkuk, he said.</p>
  <aside><p>Related: Militants seize Tikrit, officials say, in a story from last year.</p></aside>
  <p class="copyright">© 2014 Cable News Network, Inc. All rights reserved.</p>
  <form><p>You are commenting using your Twitter account. Log Out / Change )</p></form></article>`;

describe('articleParagraphs', () => {
  it('reads the seed article body and nothing of its comment form or copyright line', () => {
    const paragraphs = articleParagraphs(seedDocument());
    expect(paragraphs[0]).toMatch(/^\(CNN\) — With Iraq’s second-largest city, Mosul/);
    expect(paragraphs).toContain('For the government to reinforce its troops in Mosul, it needs to drive them through Baiji. If the Islamic State in Iraq and Syria, controls the town, the government’s task will be much harder.');
    expect(paragraphs.join('\n')).not.toMatch(/commenting|Cable News Network|Privacy policy|Leave a Reply/);
  });

  it('reads a page too large to copy in place, still without asides, forms or the copyright line', () => {
    const filler = `<div hidden>${'<span>x</span>'.repeat(16_000)}</div>`;
    const doc = parseHtml(`<html><body>${filler}${STORY}</body></html>`);
    expect(articleParagraphs(doc)).toEqual([
      'For now, militants remain in control of Mosul, a predominantly Sunni city of 1.6 million.',
      'Local police forces are still in charge of the security inside the city of Kirkuk, he said.',
    ]);
  });

  it('reads the standfirst under the headline first, outside the body Readability keeps, and only once', () => {
    const body = ['The tentative deal, reached after weeks of strike action, is similar to one struck earlier with another carmaker.',
      'Workers will return to grounded factories in the coming days, the union said in a statement on Sunday.',
      'The company said the agreement still has to be ratified by members before it takes effect across its plants.']
      .map((p) => `<p>${p} ${'The talks ran late into the night at a hotel near the headquarters.'.repeat(2)}</p>`).join('');
    const lead = 'The agreement reached Saturday after 44 days of strike action is similar to one struck this week, the union said.';
    const page = (dek: string): Document => parseHtml(`<html><head><title>Union reaches tentative deal with carmaker</title></head><body>
      <div class="article__heading"><h1>Union reaches tentative deal with carmaker</h1>${dek}</div><article>${body}</article></body></html>`);
    expect(articleParagraphs(page(`<p class="article__desc">${lead}</p>`))[0]).toBe(lead);
    // A byline or a label under the headline is no standfirst; nor is a repeat of the body's first paragraph.
    expect(articleParagraphs(page('<p class="byline">By Ann Reed</p>'))[0]).toMatch(/^The tentative deal/);
    const repeated = articleParagraphs(page('<p class="dek">The tentative deal, reached after weeks of strike action, is similar to one struck earlier with another carmaker.</p>'));
    expect(repeated[0]).toMatch(/^The tentative deal/);
    expect(repeated.filter((p) => p.startsWith('The tentative deal'))).toHaveLength(1);
  });

  it('finds no body on a page with neither an article nor prose', () => {
    expect(articleParagraphs(parseHtml('<html><body><nav><a href="/">Home</a></nav></body></html>'))).toEqual([]);
  });
});
