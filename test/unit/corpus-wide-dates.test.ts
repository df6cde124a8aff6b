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
 * Target from the issue "Dates on any page": within one day on at least 93 %, wrong on at most 3 %.
 */
describe('publish day shown on the wide labelled corpus', () => {
  const pages = readLabelledCorpus('wide');
  const verdicts: Verdict[] = [];

  it('reads every page', async () => {
    for (const page of pages) {
      const result = await runPage(page, { now: NOW, peers: false, readability: false, explain: false });
      expect(result.error, page.id).toBeUndefined();
      verdicts.push(result.verdict);
      // Let vitest's worker answer its runner between pages (a long synchronous stretch times it out).
      await new Promise((resume) => setImmediate(resume));
    }
    expect(verdicts).toHaveLength(pages.length);
  }, 1_800_000);

  it('is within one day of the label on at least 93% of pages, wrong on at most 3%', () => {
    const f = figures('badge', verdicts, []);
    expect(f.pages).toBe(477);
    expect(f.withinDay / f.pages).toBeGreaterThanOrEqual(0.93);
    expect(f.wrong / f.pages).toBeLessThanOrEqual(0.03);
  });
});
