import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeClaims } from '../analyze-claims';
import type { StampFinding } from '../report';
import { NOW, parseHtml } from '../../test/helpers/fixtures';
import { warmTagger } from './tagger';

const published: StampFinding = { value: '2014-06-12', day: '2014-06-12', precision: 'day', source: 'meta', evidence: '', location: '', confidence: 1, disagreements: [] };
const page = (body: string): Document => parseHtml(`<html><head><title>t</title></head><body><article>${body}</article></body></html>`);
const story = Array.from({ length: 12 }, (_, i) => `<p>Officials said on Tuesday that ${i + 2},000 people remain in shelters, and the city will reopen schools next week.</p>`).join('');

describe('the claims step on hostile text', () => {
  beforeAll(warmTagger);

  // Issue 12, item 5: "price" followed by a period-free run once made a lookahead rescan the rest of
  // the sentence after every match (quadratic: some 16 s for this paragraph, 44 s on a larger page).
  it('reads a 240,000-character sentence of repeated cue words in linear time', () => {
    const hostile = `<p>The price ${'price '.repeat(40_000)}rose 1</p>`;
    const { claims, problem } = analyzeClaims(page(hostile + story), published, NOW);
    expect(problem).toBeNull();
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => c.text.length <= 1_000)).toBe(true);
  }, 5_000);

  // A sentence's closing marks are trimmed when repeats are compared: by a loop, not a pattern that rescans a long run.
  it('reads a sentence with 150,000 quotation marks in its middle in linear time', () => {
    const hostile = `<p>Militants remain in control of the city for now ${'"'.repeat(150_000)}x and more.</p>`;
    const { claims, problem } = analyzeClaims(page(hostile + story), published, NOW);
    expect(problem).toBeNull();
    expect(claims.length).toBeGreaterThan(0);
  }, 5_000);

  it('stops at the caller’s deadline and says how much it left unread', () => {
    let asked = 0;
    const { claims, problem } = analyzeClaims(page(story), published, NOW, { overBudget: () => (asked += 1) > 3 });
    expect(claims.length).toBeLessThanOrEqual(3);
    expect(problem).toMatch(/^claims cut short: time limit reached, \d+ sentences not read$/);
  });

  it('reads every sentence when no deadline is given', () => {
    const { claims, problem } = analyzeClaims(page(story), published, NOW);
    expect(problem).toBeNull();
    expect(claims).toHaveLength(12);
  });
});
