import { describe, expect, it } from 'vitest';
import { ageOf, UPDATE_WORTH_SHOWING, updateMatters } from './age';
import type { StampFinding } from './report';

function stamp(overrides: Partial<StampFinding> = {}): StampFinding {
  return { value: '2014-06-12', day: '2014-06-12', precision: 'day', source: 'meta', evidence: '', location: '', confidence: 0.9, disagreements: [], ...overrides };
}

const now = new Date('2026-11-24T12:00:00Z');

describe('ageOf: the age as data, no words', () => {
  it('gives the largest whole unit, and says when the stamp names only a month or a year', () => {
    expect(ageOf(stamp(), now, 'published')).toMatchObject({ count: 12, unit: 'year', bound: 'exact', days: 4548 });
    expect(ageOf(stamp({ value: '2014', day: null, precision: 'year' }), now, 'published')).toMatchObject({ count: 12, unit: 'year', bound: 'about' });
    expect(ageOf(stamp({ value: '2026-03', day: null, precision: 'month' }), now, 'published')).toMatchObject({ count: 8, unit: 'month', bound: 'about' });
    expect(ageOf(stamp({ value: '2026-11-21', day: '2026-11-21' }), now, 'published')).toMatchObject({ count: 3, unit: 'day', bound: 'exact' });
    expect(ageOf(stamp({ value: '2026-11-24T08:00:00Z', precision: 'instant' }), now, 'published')).toMatchObject({ count: 0, unit: 'day' });
    expect(ageOf(stamp({ value: '2026', day: null, precision: 'year' }), now, 'published')).toMatchObject({ count: 0, unit: 'year', bound: 'exact' });
  });
});

describe('updateMatters', () => {
  const published = stamp({ value: '2026-01-01', day: '2026-01-01' });
  it(`needs ${UPDATE_WORTH_SHOWING.minGapDays} days and ${UPDATE_WORTH_SHOWING.minShareOfAge * 100}% of the age between publication and update`, () => {
    expect(updateMatters(published, stamp({ value: '2026-01-03', day: '2026-01-03' }), now)).toBe(false);
    expect(updateMatters(published, stamp({ value: '2026-02-01', day: '2026-02-01' }), now)).toBe(false);
    expect(updateMatters(published, stamp({ value: '2026-06-01', day: '2026-06-01' }), now)).toBe(true);
    const fresh = stamp({ value: '2026-11-01', day: '2026-11-01' });
    expect(updateMatters(fresh, stamp({ value: '2026-11-20', day: '2026-11-20' }), now)).toBe(true);
    expect(updateMatters(null, published, now)).toBe(true);
    expect(updateMatters(published, null, now)).toBe(false);
  });
});
