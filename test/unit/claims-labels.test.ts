import { describe, expect, it } from 'vitest';
import { meansOf, scoreLabelledSet } from '../../scripts/eval/labelled-claims';

/**
 * The claims list against the hand labels of ../shared/claims-labels (12 corpus articles, every body
 * sentence labelled), scored as `npm run eval:claims` scores it, on the popup's path. The floors are
 * today's means (30 Nov 2026: recall 0.935, P@k 0.815, list precision 0.964, no furniture), so no change can
 * lose ground; the issue "Claims an editor would flag" targets recall >= 0.85, P@k >= 0.75, list
 * precision >= 0.80 and no furniture.
 */
const FLOOR = { recall: 0.934, pAtK: 0.814, precision: 0.964 } as const;

describe('claims on the labelled articles', () => {
  it('finds the sentences a careful reader marked to recheck, ranks them first and lists no page furniture', async () => {
    const results = await scoreLabelledSet();
    expect(results.length).toBeGreaterThanOrEqual(12);
    const means = meansOf(results.map((r) => r.score));
    expect(means.recall).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(means.pAtK).toBeGreaterThanOrEqual(FLOOR.pAtK);
    expect(means.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(means.furniture).toBe(0);
  }, 120_000);
});
