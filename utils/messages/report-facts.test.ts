import { describe, expect, it } from 'vitest';
import { report, stamp } from '../../components/test-reports';
import { boundedReportFacts, sameFacts, toReportFacts } from './report-facts';

describe('report facts: all a tab may make the background word', () => {
  const facts = toReportFacts(report({ updated: stamp({ value: '2023-05-01T10:00:00+02:00', day: '2023-05-01', precision: 'instant' }) }))!;

  it('passes real facts through unchanged', () => {
    expect(boundedReportFacts(JSON.parse(JSON.stringify(facts)))).toEqual(facts);
  });

  it('refuses what is not facts, and drops each field that is not what As Of makes', () => {
    for (const value of [null, 'x', 42, {}, { ...facts, now: 'yesterday' }, { ...facts, now: 'x'.repeat(100_000) }]) expect(boundedReportFacts(value)).toBeNull();
    const huge = 'x'.repeat(1_000_000);
    const forged = {
      ...facts,
      age: { ...facts.age, count: 1e12 },
      published: { ...facts.published, value: `2014-06-12${huge}` },
      updated: { ...facts.updated, confidence: Number.NaN },
      notice: 'yes',
      dateConflict: { visible: huge, metadata: '2026-11-22' },
      extra: huge,
    };
    const bounded = boundedReportFacts(forged);
    expect(bounded).toEqual({ now: facts.now, age: null, published: null, updated: null, notice: false, dateConflict: null });
    expect(boundedReportFacts({ ...facts, age: { ...facts.age, unit: 'century' } })?.age).toBeNull();
    expect(boundedReportFacts({ ...facts, published: { ...facts.published, day: '<b>' } })?.published).toBeNull();
  });

  it('takes two sessions a moment apart with the same dates for the same facts', () => {
    expect(sameFacts(facts, { ...facts, now: '2026-11-24T12:00:00.350Z' })).toBe(true);
    expect(sameFacts(facts, { ...facts, notice: true })).toBe(false);
    expect(sameFacts(null, null)).toBe(true);
    expect(sameFacts(null, facts)).toBe(false);
  });
});
