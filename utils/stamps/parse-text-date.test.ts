import { describe, expect, it } from 'vitest';
import { parseAnyDate, parseTextDate } from './parse-text-date';

describe('parseTextDate: bylines as publishers write them', () => {
  it.each([
    ['Posted: Jun 12, 2014 / 09:40 AM CDT', '2014-06-12T09:40:00-05:00', '2014-06-12'],
    ['Tue 29 Nov 2016 15.26 EST', '2016-11-29T15:26:00-05:00', '2016-11-29'],
    ['Updated: Oct 9, 2019, 11:05 IST', '2019-10-09T11:05:00+05:30', '2019-10-09'],
    ['8 January 2020, 3:51 pm', '2020-01-08T15:51:00', '2020-01-08'],
    ['28.01.2020 15:49 Uhr', '2020-01-28T15:49:00', '2020-01-28'],
    ['June 12, 2014', '2014-06-12', '2014-06-12'],
    ['12 June 2014', '2014-06-12', '2014-06-12'],
    ['6/12/2014', '2014-06-12', '2014-06-12'],
    ['12. Juni 2014', '2014-06-12', '2014-06-12'],
    ['le 30 avril 2015 à 07:19', '2015-04-30T07:19:00', '2015-04-30'],
    ['12 de junio de 2014', '2014-06-12', '2014-06-12'],
  ])('%s', (text, value, day) => {
    expect(parseTextDate(text)).toMatchObject({ value, day });
  });

  it('keeps the local day of a late-evening stamp with a named zone', () => {
    expect(parseTextDate('December 22, 2016 at 11:47 PM EST')?.day).toBe('2016-12-22');
  });

  it('rejects a date whose weekday contradicts it', () => {
    // 12 June 2014 was a Thursday.
    expect(parseTextDate('Monday, June 12, 2014')).toBeNull();
    expect(parseTextDate('Thursday, June 12, 2014')?.day).toBe('2014-06-12');
  });

  it('reads past words that only look like month names, and not from inside a word', () => {
    expect(parseTextDate('Issue 12, 2014 went to print on June 13, 2014')?.day).toBe('2014-06-13');
    expect(parseTextDate('Chapter 3 2014 edition, published 4 Mai 2014')?.day).toBe('2014-05-04');
    expect(parseTextDate('Photo: Omar 12, 2014')).toBeNull(); // not "Mar 12"
  });

  it('does not read relative or impossible dates', () => {
    expect(parseTextDate('Published 2 hours ago')).toBeNull();
    expect(parseTextDate('February 30, 2020')).toBeNull();
    expect(parseTextDate('13/13/2020')).toBeNull();
  });
});

describe('parseAnyDate: metadata values', () => {
  it.each([
    ['20180619T055000+0900', '2018-06-19T05:50:00+09:00', '2018-06-19'],
    ['Tue Jan 28 15:28:56 CET 2020', '2020-01-28T15:28:56+01:00', '2020-01-28'],
    ['Tue, 07 Apr 2020 07:36:07 +0530', '2020-04-07T07:36:07+05:30', '2020-04-07'],
    ['2023-11-02T09:10+0000', '2023-11-02T09:10:00Z', '2023-11-02'],
    ['2018-10-29T10:15-500', '2018-10-29T10:15:00-05:00', '2018-10-29'],
    ['2017-11-03 03:01:00.000000', '2017-11-03T03:01:00', '2017-11-03'],
    ['20231102', '2023-11-02', '2023-11-02'],
    ['Saturday, December 27, 2014, 12:06 PM', '2014-12-27T12:06:00', '2014-12-27'],
  ])('%s', (raw, value, day) => {
    expect(parseAnyDate(raw)).toMatchObject({ value, day });
  });

  it('keeps the day as the page wrote it, not the UTC day', () => {
    expect(parseAnyDate('2020-10-06T21:38:00-06:00')?.day).toBe('2020-10-06');
  });

  it('reads nothing from garbage or very long values', () => {
    expect(parseAnyDate('not a date')).toBeNull();
    expect(parseAnyDate('2014-06-12'.repeat(20))).toBeNull();
  });
});
