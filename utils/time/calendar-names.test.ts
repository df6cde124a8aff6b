import { describe, expect, it } from 'vitest';
import { MONTH_NAMES, monthTable } from './month-names';
import { WEEKDAY_NAMES, weekdayTable } from './weekday-names';
import { foldWord } from './name-table';

const MONTHS = monthTable();
const WEEKDAYS = weekdayTable();

describe('calendar name tables', () => {
  it.each(Object.entries(MONTH_NAMES))('every %s month name, as written and folded, reads as its own month', (_lang, lists) => {
    expect(lists).toHaveLength(12);
    lists.forEach((names, i) => {
      for (const name of names.split(' ')) {
        expect([name, MONTHS[name.toLowerCase()], MONTHS[foldWord(name)]]).toEqual([name, i + 1, i + 1]);
      }
    });
  });

  it.each(Object.entries(WEEKDAY_NAMES))('every %s weekday name reads as its own day', (_lang, lists) => {
    expect(lists).toHaveLength(7);
    lists.forEach((names, i) => {
      for (const name of names.split(' ')) expect([name, WEEKDAYS[foldWord(name)]]).toEqual([name, i]);
    });
  });

  it('folds accents, the Turkish dotless i and capitals the way pages vary them', () => {
    expect(MONTHS[foldWord('AĞUSTOS')]).toBe(8);
    expect(MONTHS[foldWord('Października')]).toBe(10);
    expect(MONTHS[foldWord('MAYIS')]).toBe(5);
    expect(MONTHS['июня']).toBe(6);
  });
});
