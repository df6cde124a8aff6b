import { describe, expect, it } from 'vitest';
import { NOW, parseHtml } from '../../helpers/fixtures';
import { analyzePage } from '../../../utils/analyze-page';
import { analyzeSafely, expectSafeReport } from './invariants';

// "Never hangs": vitest's per-test timeout is the guard, generous for a slow CI machine.
// Durations are printed, never asserted (timing belongs in the benchmarks).
const HANG_GUARD_MS = 60_000;

function timed<T>(label: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  console.log(`${label}: ${Math.round(performance.now() - start)} ms`);
  return result;
}

const PUBLISHED = '<meta property="article:published_time" content="2014-06-12T09:40:00-05:00">';

describe('analyzePage on gigantic pages', () => {
  it('finishes on 100,000 paragraphs and still reads the date', () => {
    const paragraphs = '<p>The council said on Tuesday it would vote again next year. © 2014</p>'.repeat(100_000);
    const doc = parseHtml(`<html><head>${PUBLISHED}</head><body><article><h1>Headline</h1>${paragraphs}</article></body></html>`);
    const report = timed('100,000 paragraphs', () => analyzeSafely(doc, NOW));
    expect(report.published?.value).toBe('2014-06-12T09:40:00-05:00');
  }, HANG_GUARD_MS);

  it('finishes on 100,000 paragraphs wrapped in 300 nested elements', () => {
    const paragraphs = '<p>This is an archived article and the information in the article may be outdated.</p>'.repeat(100_000);
    const doc = parseHtml(`<html><head>${PUBLISHED}</head><body>${'<div>'.repeat(300)}${paragraphs}${'</div>'.repeat(300)}</body></html>`);
    const report = timed('100,000 paragraphs under 300 wrappers', () => analyzeSafely(doc, NOW));
    expect(report.published?.value).toBe('2014-06-12T09:40:00-05:00');
  }, HANG_GUARD_MS);

  it('finishes on a 5 MB JSON-LD block', () => {
    const items = Array.from({ length: 40_000 }, (_, i) => ({ '@type': 'ListItem', position: i, name: 'x'.repeat(100), datePublished: '9999-12-31' }));
    const text = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', datePublished: '2014-06-12', itemListElement: items });
    expect(text.length).toBeGreaterThan(5_000_000);
    const doc = parseHtml(`<html><head><script type="application/ld+json">${text}</script>${PUBLISHED}</head><body><p>x</p></body></html>`);
    const report = timed('5 MB JSON-LD', () => analyzeSafely(doc, NOW));
    // Whether the block is read or skipped as too large, the page's other signals still date it.
    expect(report.published?.day).toBe('2014-06-12');
  }, HANG_GUARD_MS);

  it('finishes on a 5 MB malformed JSON-LD block', () => {
    const text = `{"@type":"NewsArticle","datePublished":"2014-06-12","x":"${'\\"'.repeat(2_500_000)}`;
    const doc = parseHtml(`<html><head><script type="application/ld+json">${text}</script>${PUBLISHED}</head><body><p>x</p></body></html>`);
    const report = timed('5 MB broken JSON-LD', () => analyzeSafely(doc, NOW));
    expect(report.published?.value).toBe('2014-06-12T09:40:00-05:00');
  }, HANG_GUARD_MS);

  it('reads the date on a DOM nested 400 deep', () => {
    const doc = parseHtml(`<html><head>${PUBLISHED}</head><body>${'<div>'.repeat(400)}<p>deep</p>${'</div>'.repeat(400)}</body></html>`);
    const report = timed('400 deep', () => analyzeSafely(doc, NOW));
    expect(report.published?.value).toBe('2014-06-12T09:40:00-05:00');
  }, HANG_GUARD_MS);

  it('reads the date on a DOM nested 1,000 deep, skipping the claims step that nesting would stall', () => {
    const doc = parseHtml(`<html><head>${PUBLISHED}</head><body>${'<div>'.repeat(1_000)}<p>The mayor said on Tuesday the bridge is closed.</p>${'</div>'.repeat(1_000)}</body></html>`);
    const report = timed('1,000 deep', () => analyzeSafely(doc, NOW));
    expect(report.published?.value).toBe('2014-06-12T09:40:00-05:00');
    expect(report.problems.join(' ')).toContain('claims skipped');
  }, HANG_GUARD_MS);

  it('degrades to unknown, without throwing, on a DOM nested 20,000 deep', () => {
    const doc = parseHtml(`<html><body>${'<div>'.repeat(20_000)}<p>© 2014 deep</p>${'</div>'.repeat(20_000)}</body></html>`);
    // happy-dom serialises recursively, so outerHTML itself overflows here: check the invariants without it.
    const report = timed('20,000 deep', () => analyzePage(doc, { url: 'https://news.example/deep', now: NOW }));
    expectSafeReport(report, NOW);
    if (report.published === null) expect(report.age).toBeNull();
  }, HANG_GUARD_MS);

  it('finishes on a title, meta and paragraph of 5 MB each', () => {
    const huge = 'a'.repeat(5_000_000);
    const doc = parseHtml(`<html><head><title>${huge}</title><meta name="date" content="${huge}">${PUBLISHED}</head><body><p>${huge}</p><footer>© 2014 ${huge}</footer></body></html>`);
    const report = timed('5 MB strings', () => analyzeSafely(doc, NOW));
    expect(report.published?.value).toBe('2014-06-12T09:40:00-05:00');
    expect(JSON.stringify(report).length).toBeLessThan(100_000);
  }, HANG_GUARD_MS);
});
