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

  it('finds no body on a page with neither an article nor prose', () => {
    expect(articleParagraphs(parseHtml('<html><body><nav><a href="/">Home</a></nav></body></html>'))).toEqual([]);
  });
});
