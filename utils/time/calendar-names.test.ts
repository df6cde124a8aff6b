import { describe, expect, it } from 'vitest';
import { MONTH_NAMES, monthNumber } from './month-names';
import { WEEKDAY_NAMES, weekdayNumber } from './weekday-names';
import { foldWord } from './name-table';

describe('calendar name tables', () => {
  it.each(Object.entries(MONTH_NAMES))('every %s month name, as written and folded, reads as its own month', (_lang, lists) => {
    expect(lists).toHaveLength(12);
    lists.forEach((names, i) => {
      for (const name of names.split(' ')) {
        expect([name, monthNumber(name), monthNumber(name.toUpperCase()), monthNumber(foldWord(name))]).toEqual([name, i + 1, i + 1, i + 1]);
      }
    });
  });

  it.each(Object.entries(WEEKDAY_NAMES))('every %s weekday name reads as its own day', (_lang, lists) => {
    expect(lists).toHaveLength(7);
    lists.forEach((names, i) => {
      for (const name of names.split(' ')) expect([name, weekdayNumber(name), weekdayNumber(foldWord(name))]).toEqual([name, i, i]);
    });
  });

  it('folds accents, the Turkish dotless i and capitals the way pages vary them', () => {
    expect(monthNumber('AĞUSTOS')).toBe(8);
    expect(monthNumber('agustos')).toBe(8);
    expect(monthNumber('Marz')).toBe(3);
    expect(monthNumber('Października')).toBe(10);
    expect(monthNumber('MAYIS')).toBe(5);
    expect(monthNumber('июня')).toBe(6);
    expect(monthNumber('Μαΐου')).toBe(5);
    expect(monthNumber('Posted')).toBeUndefined();
    expect(monthNumber('ma')).toBeUndefined();
  });
});
