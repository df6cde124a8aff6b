import { describe, expect, it } from 'vitest';
import { analyzeDates } from '../../utils/analyze-dates';
import { expectationOf, readCases } from '../../scripts/bench/dates/fixture-case';
import { loadPageFile } from '../../scripts/lib/load-document';

/**
 * One case per folder of test/fixtures/dates (made with `npm run make:fixture`): each saved page is
 * read as Chromium reads it and must show the publish day, precision, source, article verdict and
 * notice its expected.json records. A miss fixed once becomes a case that stays fixed.
 */
const cases = readCases();

describe('date fixtures, one folder per case', () => {
  it('finds the cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const fixture of cases) {
    it(`${fixture.name}: ${fixture.expected.note}`, async () => {
      const { expected } = fixture;
      const { document, close } = loadPageFile(fixture.source, expected.url);
      try {
        const { report } = analyzeDates(document, { url: expected.url, now: new Date(expected.now) });
        const seen = expectationOf(report, expected.note);
        expect(seen.isArticle, 'article verdict').toBe(expected.isArticle);
        expect(seen.published, 'published stamp').toEqual(expected.published);
        if (expected.updated !== undefined) expect(seen.updated, 'updated stamp').toEqual(expected.updated);
        expect(seen.notice, 'notice').toEqual(expected.notice);
      } finally {
        await close();
      }
    });
  }
});
