import { describe, expect, it } from 'vitest';
import { boundedClaims, isWithinBounds } from './date-bounds';
import type { Claim } from './report';

const NOW = new Date('2026-11-24T12:00:00Z');

describe('isWithinBounds', () => {
  it('refuses an instant even a second after now, and accepts now itself', () => {
    expect(isWithinBounds('2026-11-24T12:00:01Z', 'instant', NOW)).toBe(false);
    expect(isWithinBounds('2026-11-24T12:00:00Z', 'instant', NOW)).toBe(true);
    expect(isWithinBounds('2026-11-24T20:00:00+09:00', 'instant', NOW)).toBe(true);
  });

  it('accepts the calendar day that has begun east of UTC, not the day after', () => {
    expect(isWithinBounds('2026-11-25', 'day', NOW)).toBe(true);
    expect(isWithinBounds('2026-11-26', 'day', NOW)).toBe(false);
  });

  it('accepts the current month and year, not the next', () => {
    expect(isWithinBounds('2026-11', 'month', NOW)).toBe(true);
    expect(isWithinBounds('2026-12', 'month', NOW)).toBe(false);
    expect(isWithinBounds('2026', 'year', NOW)).toBe(true);
    expect(isWithinBounds('2027', 'year', NOW)).toBe(false);
  });

  it('refuses anything before 1990 and anything unreadable', () => {
    expect(isWithinBounds('1989', 'year', NOW)).toBe(false);
    expect(isWithinBounds('1989-12-31T23:59:59Z', 'instant', NOW)).toBe(false);
    expect(isWithinBounds('1990', 'year', NOW)).toBe(true);
    expect(isWithinBounds('0000-00-00', 'day', NOW)).toBe(false);
    expect(isWithinBounds('1e308', 'instant', NOW)).toBe(false);
  });
});

describe('boundedClaims', () => {
  it('drops a resolved date after now but keeps the claim and its cue', () => {
    const claim: Claim = {
      id: 'c1', text: 'Next year the law takes effect.', categories: ['relative-time'], score: 1,
      locator: { sentenceIndex: 0, quote: 'Next year', prefix: '', suffix: '' },
      cues: [{ kind: 'relative-time', text: 'Next year', start: 0, end: 9, why: 'relative', resolved: { value: '2027', precision: 'year', label: '2027' } }],
    };
    const [bounded] = boundedClaims([claim], NOW);
    expect(bounded!.text).toBe(claim.text);
    expect(bounded!.cues[0]!.resolved).toBeNull();
  });
});
