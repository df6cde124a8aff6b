import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analyze-page';
import { NOW, SEED_URL, seedDocument } from '../helpers/fixtures';

describe('analyzePage on the seed article', () => {
  const report = analyzePage(seedDocument(), { url: SEED_URL, now: NOW });

  it('sees a news article', () => {
    expect(report.article.isArticle).toBe(true);
  });

  it('finds the archived banner with its exact text and element', () => {
    expect(report.notice?.kind).toBe('archived');
    expect(report.notice?.text).toBe(
      'This is an archived article and the information in the article may be outdated. Please look at the time stamp on the story to see when it was last updated.',
    );
    const element = seedDocument().querySelector(report.notice!.selector);
    expect(element?.textContent).toContain('This is an archived article');
  });

  it('dates the story to 2014 from the copyright line, at year precision and low confidence', () => {
    expect(report.published).toMatchObject({ value: '2014', precision: 'year', source: 'copyright' });
    expect(report.published?.evidence).toContain('© 2014 Cable News Network');
    expect(report.published!.confidence).toBeLessThan(0.5);
  });

  it('says the story is about 12 years old', () => {
    expect(report.age).toMatchObject({ label: 'about 12 years old', short: '12y', from: 'published' });
  });

  it('is plain data that survives JSON', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('leaves the page untouched', () => {
    const doc = seedDocument();
    const before = doc.documentElement.outerHTML;
    analyzePage(doc, { url: SEED_URL, now: NOW });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
