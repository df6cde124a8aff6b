import { describe, expect, it } from 'vitest';
import { findTextDate, parseAnyDate, parseTextDate } from './parse-text-date';

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

describe('parseTextDate: other languages and numeric forms (quoted from corpus-wide pages)', () => {
  it.each([
    ['15 de Abril de 2020 | 16:05', '2020-04-15T16:05:00'],
    ['01 de Maio de 2020, 10h51', '2020-05-01T10:51:00'],
    ['Domenica 19 Aprile 2020', '2020-04-19'],
    ['30 Settembre 2020', '2020-09-30'],
    ['Senin, 4 Mei 2020 04:25 WIB', '2020-05-04T04:25:00+07:00'],
    ['18 февраля 2020', '2020-02-18'],
    ['от 06 апреля 2020 г.', '2020-04-06'],
    ['duminică, 20 septembrie 2020', '2020-09-20'],
    ['30 Ekim 2020 Cuma 18:28', '2020-10-30'],
    ['12 października 2021', '2021-10-12'],
    ['الأربعاء، 07 أكتوبر 2020 - 12:09', '2020-10-07T12:09:00'],
    ['12 آذار 2021', '2021-03-12'],
    ['5 maart 2019', '2019-03-05'],
    ['于2023年10月27日0时10分在上海', '2023-10-27'],
    ['2021년 3월 23일', '2021-03-23'],
    ['2021年3月23日 10:05', '2021-03-23T10:05:00'],
    ['01. 11. 2023', '2023-11-01'],
    ['28.01.22', '2022-01-28'],
    ['31.10.23 / 12:10', '2023-10-31T12:10:00'],
    ['22/11/2020 - 04:30', '2020-11-22T04:30:00'],
    ['29-10-2021', '2021-10-29'],
  ])('%s', (text, value) => {
    expect(parseTextDate(text)?.value).toBe(value);
  });

  it.each([
    ['Publikováno 5. března 2021', '2021-03-05'],
    ['Aktualizované 12. júna 2020', '2020-06-12'],
    ['Közzétéve: 2021. március 5.', '2021-03-05'],
    ['2020. márc. 18. 10:12', '2020-03-18T10:12:00'],
    ['Udgivet 5. marts 2021', '2021-03-05'],
    ['Publisert 12. desember 2020', '2020-12-12'],
    ['Publicerad 3 augusti 2021', '2021-08-03'],
    ['Julkaistu 5. maaliskuuta 2021', '2021-03-05'],
    ['Δημοσιεύθηκε 5 Μαρτίου 2021', '2021-03-05'],
    ['12 Μαΐου 2020, 10:12', '2020-05-12T10:12:00'],
    ['Опубліковано 5 березня 2021', '2021-03-05'],
    ['18 февруари 2020', '2020-02-18'],
  ])('more languages a news page may be in: %s', (text, value) => {
    expect(parseTextDate(text)?.value).toBe(value);
  });

  it('reads a year first only when a period closes it, as Hungarian writes it, not a year beside a count', () => {
    expect(parseTextDate('Im Jahr 2015 Mai 20 Prozent mehr')).toBeNull();
    expect(parseTextDate('2021. május 20.')?.day).toBe('2021-05-20');
  });

  it('reads an ambiguous day/month by the page\'s order, and marks it when the page gave none', () => {
    expect(parseTextDate('02/10/2020', 'dmy')).toMatchObject({ day: '2020-10-02' });
    expect(parseTextDate('02/10/2020', 'dmy')?.ambiguous).toBeUndefined();
    expect(parseTextDate('02/10/2020', 'mdy')).toMatchObject({ day: '2020-02-10' });
    expect(parseTextDate('02/10/2020')).toMatchObject({ day: '2020-02-10', ambiguous: true });
    expect(parseTextDate('02-10-2020')).toMatchObject({ day: '2020-10-02', ambiguous: true });
    expect(parseTextDate('22/11/2020', 'mdy')).toMatchObject({ day: '2020-11-22' });
    expect(parseTextDate('22/11/2020')?.ambiguous).toBeUndefined();
  });

  it('reads a magazine\'s sub-line set with pipes ("26 | 01 | 2022") by the page\'s order, and no other pipe-separated numbers', () => {
    expect(parseTextDate('26 | 01 | 2022 Schweiz | Praxis | Video')).toMatchObject({ day: '2022-01-26' });
    expect(parseTextDate('04|02|2022', 'dmy')).toMatchObject({ day: '2022-02-04' });
    expect(parseTextDate('04 | 02 | 2022', 'mdy')).toMatchObject({ day: '2022-04-02' });
    expect(parseTextDate('04 | 02 | 2022')).toMatchObject({ day: '2022-02-04', ambiguous: true });
    expect(parseTextDate('Heft 3 | 2022 | Seite 12')).toBeNull();
    expect(parseTextDate('Kommentare 0 | 337 | 2022')).toBeNull();
  });

  it('does not read version numbers, prices or a name inside another word as dates', () => {
    expect(parseTextDate('Version 1.2.22 released')).toBeNull();
    expect(parseTextDate('Score 10.37.13')).toBeNull();
    expect(parseTextDate('192.168.10.12')).toBeNull();
    expect(parseTextDate('Amaio 12 2020')).toBeNull();
    // An Arabic word that is not a month ("القاهرة", Cairo) between a day and a year.
    expect(parseTextDate('07 القاهرة 2020')).toBeNull();
    expect(parseTextDate('2021年13月40日')).toBeNull();
  });
});

describe('findTextDate: where the date starts, so the words before it can be read as its label', () => {
  it.each([
    ['Veröffentlicht am Donnerstag, 12. Juni 2014', 'Veröffentlicht am '],
    ['Stand: 19.10.2019', 'Stand: '],
    ['Posted on Jan 28 15:28:56 CET 2020', 'Posted on '],
    ['Pressemitteilung vom 2021年3月23日', 'Pressemitteilung vom '],
  ])('%s', (text, label) => {
    expect(text.slice(0, findTextDate(text)!.index)).toBe(label);
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
    // JSON-LD is script text: the HTML parser leaves its entities in place.
    ['2023-11-02T10:14:29&#x2B;05:30', '2023-11-02T10:14:29+05:30', '2023-11-02'],
    ['2021-03-05T08:00:00&#43;01:00', '2021-03-05T08:00:00+01:00', '2021-03-05'],
    ['05-03-2021', '2021-03-05', '2021-03-05'],
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
