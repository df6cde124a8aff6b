import { describe, expect, it } from 'vitest';
import { relativeTimeCues as cuesOf } from './relative-time';
import { sentenceView } from './sentence-view';
import type { ClaimCue } from '../report';
import type { Reference } from './types';

const relativeTimeCues = (sentence: string, ref: Reference | null): ClaimCue[] => cuesOf(sentenceView(sentence, ref, 0));

/** Thursday 12 June 2014, the day the seed story ran. */
const THURSDAY: Reference = { precision: 'day', year: 2014, month: 6, day: 12 };
const YEAR_ONLY: Reference = { precision: 'year', year: 2014 };

function resolved(sentence: string, ref: Reference | null, cueText?: string): ClaimCue['resolved'] {
  const cues = relativeTimeCues(sentence, ref);
  return (cueText ? cues.find((c) => c.text.includes(cueText)) : cues[0])?.resolved;
}

describe('relative times against a day-precision publish stamp', () => {
  it('resolves weekdays to the most recent such day on or before the publish day', () => {
    expect(resolved('Zebari told CNN on Thursday that the army collapsed.', THURSDAY)).toEqual({ value: '2014-06-12', precision: 'day' });
    expect(resolved('The agency said Wednesday that many had fled.', THURSDAY)).toMatchObject({ value: '2014-06-11', precision: 'day' });
    expect(resolved('Mosul collapsed swiftly Tuesday.', THURSDAY)?.value).toBe('2014-06-10');
    expect(resolved('The talks began Saturday.', THURSDAY)?.value).toBe('2014-06-07');
  });

  it('looks ahead for "next" and for weekdays in a future clause', () => {
    expect(resolved('Leaders meet next Monday in Brussels.', THURSDAY)?.value).toBe('2014-06-16');
    expect(resolved('Parliament will vote Saturday on the measure.', THURSDAY)?.value).toBe('2014-06-14');
  });

  it('resolves the phrases chrono-node knows, and the ones it misses', () => {
    expect(resolved('Just a day earlier, it appeared to have fallen.', THURSDAY)?.value).toBe('2014-06-11');
    expect(resolved('The minister resigned yesterday.', THURSDAY)?.value).toBe('2014-06-11');
    expect(resolved('Earlier this year, it took control of Falluja.', THURSDAY)).toEqual({ value: '2014', precision: 'year', qualifier: 'earlier' });
    expect(resolved('Elections are due next year.', THURSDAY)).toMatchObject({ value: '2015', precision: 'year' });
    expect(resolved('Prices rose this month.', THURSDAY)).toMatchObject({ value: '2014-06', precision: 'month' });
  });

  it('marks "recently" without inventing a date', () => {
    const cues = relativeTimeCues('The group recently seized two towns.', THURSDAY);
    expect(cues.map((c) => c.text)).toEqual(['recently']);
    expect(cues[0]?.resolved).toBeNull();
  });
});

describe('relative times when only the year is known', () => {
  it('says which weekday without pretending to know the day', () => {
    expect(resolved('Zebari told CNN on Thursday that the army collapsed.', YEAR_ONLY)).toEqual({ value: '2014', precision: 'year', qualifier: 'someWeekday', weekday: 4 });
    expect(resolved('The minister resigned yesterday.', YEAR_ONLY)).toMatchObject({ value: '2014', precision: 'year' });
    expect(resolved('Earlier this year, it took control of Falluja.', YEAR_ONLY)?.value).toBe('2014');
  });

  it('finds the cue but resolves nothing without a publish stamp', () => {
    expect(resolved('Zebari spoke on Thursday.', null)).toBeNull();
  });
});

describe('what is not a relative time', () => {
  it('ignores absolute dates, "now" and plural weekdays', () => {
    expect(relativeTimeCues('The treaty was signed on June 12, 2014.', THURSDAY)).toEqual([]);
    expect(relativeTimeCues('Kurdish troops now control the province.', THURSDAY)).toEqual([]);
    expect(relativeTimeCues('The market opens on Sundays.', THURSDAY)).toEqual([]);
  });

  it('leaves weekdays inside names alone', () => {
    expect(relativeTimeCues('She wrote for the Sunday Times for a decade.', THURSDAY)).toEqual([]);
    expect(relativeTimeCues('He starred in Friday Night Lights as a teenager.', THURSDAY)).toEqual([]);
  });
});

describe('a day and month without a year', () => {
  it('is that day in the publication year, not the publish day', () => {
    const story: Reference = { precision: 'day', year: 2016, month: 11, day: 29 };
    expect(resolved('On the night of 20 November, the dam failed.', story, '20 November')).toMatchObject({ value: '2016-11-20', precision: 'day' });
    expect(resolved('The talks resumed on Oct. 3 after a break.', story, 'Oct')).toMatchObject({ value: '2016-10-03', precision: 'day' });
    expect(relativeTimeCues('On the night of 20 November, the dam failed.', story).map((c) => c.text)).not.toContain('night');
  });
});
