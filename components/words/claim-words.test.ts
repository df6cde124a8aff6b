import { describe, expect, it } from 'vitest';
import { CUE_WHYS } from '../../utils/claims/cue-why';
import { LANGUAGES, wordsFor } from '../../test/helpers/words';
import { cueWhy, resolvedDate } from './claim-words';

const en = wordsFor('en-GB');
const de = wordsFor('de-DE');

describe('a claim’s own words', () => {
  it('has every cue reason in every language, each its own', () => {
    for (const lang of LANGUAGES) {
      const words = wordsFor(lang);
      for (const why of CUE_WHYS) expect(cueWhy({ why }, words), `${lang} ${why}`).not.toBe('');
      if (lang !== 'en') for (const why of CUE_WHYS) expect(cueWhy({ why }, words), `${lang} ${why}`).not.toBe(cueWhy({ why }, wordsFor('en')));
    }
  });

  it('says resolved dates with Intl in the reader’s language', () => {
    expect(resolvedDate({ value: '2014-06-10', precision: 'day' }, en)).toBe('Tue, 10 Jun 2014');
    expect(resolvedDate({ value: '2014-06-10', precision: 'day' }, de)).toBe('Di., 10. Juni 2014');
    expect(resolvedDate({ value: '2007', precision: 'year', qualifier: 'since' }, de)).toBe('seit 2007');
    expect(resolvedDate({ value: '2014', precision: 'year', qualifier: 'someWeekday', weekday: 4 }, en)).toBe('a Thursday in 2014');
    expect(resolvedDate({ value: '2014', precision: 'year', qualifier: 'someWeekday', weekday: 4 }, de)).toBe('ein Donnerstag, 2014');
    expect(resolvedDate({ value: '2014-06', precision: 'month', qualifier: 'earlier' }, en)).toBe('earlier in June 2014');
    expect(resolvedDate({ value: '2014-06-12', precision: 'day', qualifier: 'late' }, en)).toBe('late in the week of Thu, 12 Jun 2014');
    expect(resolvedDate({ value: '2014-06', precision: 'month', qualifier: 'someWeek' }, wordsFor('fr'))).toBe('une semaine de juin 2014');
  });
});
