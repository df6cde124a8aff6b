import { describe, expect, it } from 'vitest';
import { NOW, parseHtml } from '../../test/helpers/fixtures';
import { findClaims } from './find-claims';
import { publishStamp } from './test-stamps';

const page = (body: string): Document => parseHtml(`<html><body><header><nav><p>Home News Weather Sports: latest updates will follow soon.</p></nav></header>
  <main><article><h1>Militants press forward</h1>${body}
  <p class="copyright">© 2014 Cable News Network, Inc. All rights reserved.</p></article>
  <section class="comments"><form><p>You are commenting using your Twitter account. Log Out / Change )</p></form></section></main>
  <footer><p>Sign up now: 500,000 readers will get our newsletter every Thursday.</p></footer></body></html>`);

const STORY = `
  <p>Washington has provided $15 billion in training, weapons and equipment to the Iraqi government over many years.</p>
  <p>Some lawmakers refused to attend the session to prevent a quorum, according to several people in the room.</p>
  <p>For now, militants remain in control of Mosul, a predominantly Sunni city of 1.6 million that collapsed swiftly Tuesday.</p>
  <p>The Iraqi government hopes the militants can also be beaten back elsewhere in the coming weeks and months.</p>
  <p>Washington has provided $15 billion in training, weapons and equipment to the Iraqi government over many years.</p>`;

describe('findClaims', () => {
  it('lists a sentence the page states twice once, though one copy drops its period (a standfirst repeated in the body)', () => {
    const twice = `<p>Officials met in Baghdad to discuss the crisis, the ministry said. For now, militants remain in control of Mosul, a city of 1.6 million</p>
      <p>Some lawmakers refused to attend the session to prevent a quorum, according to several people in the room.</p>
      <p>For now,  militants remain in control of Mosul, a city of 1.6 million.</p>`;
    const claims = findClaims(page(twice), publishStamp('2014-06-12'), NOW);
    expect(claims.filter((c) => c.text.startsWith('For now'))).toHaveLength(1);
  });

  it('lists the time-sensitive sentences of the body, most in need of a recheck first, each once', () => {
    const claims = findClaims(page(STORY), publishStamp('2014-06-12'), NOW);
    expect(claims.map((c) => c.text.slice(0, 30))).toEqual([
      'For now, militants remain in c',
      'Washington has provided $15 bi',
      'The Iraqi government hopes the',
    ]);
    expect(claims[0]?.categories).toEqual(['present-state', 'running-figure', 'relative-time']);
    expect(claims[0]?.cues.find((c) => c.text === 'Tuesday')?.resolved?.value).toBe('2014-06-10');
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });

  it('scores a sentence with more and stronger cues higher', () => {
    const [strong, middle, weak] = findClaims(page(STORY), publishStamp('2014-06-12'), NOW);
    expect(strong!.score).toBeGreaterThan(middle!.score);
    expect(middle!.score).toBeGreaterThan(weak!.score);
  });

  it('never takes a claim from navigation, the copyright line, the comment form or the footer', () => {
    const texts = findClaims(page(STORY), publishStamp('2014-06-12'), NOW).map((c) => c.text).join('\n');
    expect(texts).not.toMatch(/commenting|Cable News Network|newsletter|latest updates/);
  });

  it('reads a short article of a single paragraph, and resolves nothing without a publish stamp', () => {
    const claims = findClaims(page('<p>Kurdish troops now control the entire province of Kirkuk, officials said.</p>'), null, NOW);
    expect(claims.map((c) => c.text)).toEqual(['Kurdish troops now control the entire province of Kirkuk, officials said.']);
    const onThursday = findClaims(page('<p>Zebari told CNN on Thursday that the army had collapsed in the north.</p>'), null, NOW);
    expect(onThursday[0]?.cues[0]).toMatchObject({ text: 'on Thursday', resolved: null });
  });

  it('leaves the page as it was', () => {
    const doc = page(STORY);
    const before = doc.documentElement.outerHTML;
    findClaims(doc, publishStamp('2014-06-12'), NOW);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('locates each claim by its sentence and the words around it', () => {
    const claims = findClaims(page(STORY), publishStamp('2014-06-12'), NOW);
    const mosul = claims[0]!;
    expect(mosul.locator).toMatchObject({ sentenceIndex: 2, quote: mosul.text, prefix: 'according to several people in the room.'.split(' ').slice(-4).join(' ') });
    expect(mosul.locator.suffix).toBe('The Iraqi government hopes');
  });
});
