import { describe, expect, it } from 'vitest';
import { readLabelledCorpus } from '../../scripts/bench/dates/corpus';
import { runPage } from '../../scripts/bench/dates/run-page';
import { figures, type Verdict } from '../../scripts/bench/dates/score';
import { NOW } from '../helpers/fixtures';

/**
 * The accuracy floor on shared/corpus-wide: 477 real pages As Of was not built against (local papers,
 * blogs, press releases, news in many languages), each read as Chromium reads it. Scored as
 * `npm run bench:dates -- --corpus wide` scores its first row: the day the badge shows (a page judged
 * not an article shows none; on the two pages labelled "no date", none is right).
 * The floor is what As Of reaches today (30 Nov 2026, 05:10 UTC: 440/477 within a day, 10 wrong; a page that
 * states only its last update counts by that update, the day the badge ages it from), so no change can
 * lose ground; raise it as rules improve. The issue "Dates on any page" targets 93 % within (not reached
 * yet: `npm run bench:dates -- --corpus wide` lists the misses) and at most 3 % wrong (met).
 */
const FLOOR = { within: 0.930, wrong: 0.021 };
/** Publish stamps alone (a page aged from its stated update counts as none), today's figure (435/477, 10 wrong): it must hold too. */
const PUBLISHED_FLOOR = { within: 0.920, wrong: 0.021 };
describe('publish day shown on the wide labelled corpus', () => {
  const pages = readLabelledCorpus('wide');
  const verdicts: Verdict[] = [];
  const published: Verdict[] = [];

  it('reads every page', async () => {
    for (const page of pages) {
      const result = await runPage(page, { now: NOW, peers: false, readability: false, explain: false });
      expect(result.error, page.id).toBeUndefined();
      verdicts.push(result.verdict);
      published.push(result.publishedVerdict);
      // Let vitest's worker answer its runner between pages (a long synchronous stretch times it out).
      await new Promise((resume) => setImmediate(resume));
    }
    expect(verdicts).toHaveLength(pages.length);
  }, 1_800_000);

  it(`is within one day of the label on at least ${(FLOOR.within * 100).toFixed(1)}% of pages, wrong on at most ${(FLOOR.wrong * 100).toFixed(1)}%`, () => {
    const f = figures('badge', verdicts, []);
    expect(f.pages).toBe(477);
    expect(f.withinDay / f.pages).toBeGreaterThanOrEqual(FLOOR.within);
    expect(f.wrong / f.pages).toBeLessThanOrEqual(FLOOR.wrong);
  });

  it(`counting publish stamps alone, is within one day on at least ${(PUBLISHED_FLOOR.within * 100).toFixed(1)}% of pages, wrong on at most ${(PUBLISHED_FLOOR.wrong * 100).toFixed(1)}%`, () => {
    const f = figures('publish stamps', published, []);
    expect(f.pages).toBe(477);
    expect(f.withinDay / f.pages).toBeGreaterThanOrEqual(PUBLISHED_FLOOR.within);
    expect(f.wrong / f.pages).toBeLessThanOrEqual(PUBLISHED_FLOOR.wrong);
  });
});
