import { describe, expect, it } from 'vitest';
import { boundedClaims, isAsOldAsNotice, isWithinBounds, latestPossible, noticeCutoff } from './date-bounds';
import { isCandidateValid } from './stamps/validate';
import type { StampCandidate } from './stamps/candidate';
import { noticeAgrees } from './notice/agreement';
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
      cues: [{ kind: 'relative-time', text: 'Next year', start: 0, end: 9, why: 'relative', resolved: { value: '2027', precision: 'year' } }],
    };
    const [bounded] = boundedClaims([claim], NOW);
    expect(bounded!.text).toBe(claim.text);
    expect(bounded!.cues[0]!.resolved).toBeNull();
  });
});

describe('one reading of a notice\'s stated age', () => {
  it('counts calendar years and months back from now', () => {
    expect(noticeCutoff({ minYears: 5 }, NOW)?.toISOString()).toBe('2021-11-24T12:00:00.000Z');
    expect(noticeCutoff({ minMonths: 6 }, NOW)?.toISOString()).toBe('2026-05-24T12:00:00.000Z');
    expect(noticeCutoff({ date: '2019-10-09' }, NOW)).toBeNull();
    expect(noticeCutoff(null, NOW)).toBeNull();
  });

  it('bounds a publish candidate and judges agreement with the same cut-off (a day of slack, no more)', () => {
    const candidate = (value: string, role: StampCandidate['role'] = 'published'): StampCandidate =>
      ({ role, source: 'json-ld', value, day: value, precision: 'day', epoch: Date.parse(value), evidence: value, location: 'x', weight: 0.9 });
    const notice = { kind: 'age-label' as const, text: 'This article is more than 5 years old', selector: 'p', tagName: 'p', statedAge: { minYears: 5 }, agreesWithStamps: null };
    for (const [day, old] of [['2021-11-25', true], ['2021-11-26', false], ['2016-01-01', true]] as const) {
      expect(isAsOldAsNotice(Date.parse(day), notice.statedAge, NOW)).toBe(old);
      expect(isCandidateValid(candidate(day), NOW, null, notice)).toBe(old);
      expect(noticeAgrees(notice, { value: day, day, precision: 'day', source: 'json-ld', evidence: day, location: 'x', confidence: 0.9, disagreements: [] }, NOW)).toBe(old);
    }
    // An update may be recent: the notice bounds first publication only.
    expect(isCandidateValid(candidate('2026-11-01', 'updated'), NOW, null, notice)).toBe(true);
  });
});

describe('a web-archive capture bounds the page\'s dates', () => {
  it('drops a date after the capture day, keeps the capture day itself', () => {
    const captured = Date.parse('2015-03-01T12:00:00Z');
    expect(latestPossible(NOW, captured)).toBe(Date.parse('2015-03-02T12:00:00Z'));
    expect(latestPossible(NOW, null)).toBe(NOW.getTime());
    const candidate = (value: string): StampCandidate => ({ role: 'published', source: 'meta', value, day: value, precision: 'day', epoch: Date.parse(value), evidence: value, location: 'x', weight: 0.85 });
    expect(isCandidateValid(candidate('2015-03-01'), NOW, captured, null)).toBe(true);
    expect(isCandidateValid(candidate('2016-05-01'), NOW, captured, null)).toBe(false);
    expect(isCandidateValid(candidate('1989-05-01'), NOW, null, null)).toBe(false);
  });
});
