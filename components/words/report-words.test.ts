import { describe, expect, it } from 'vitest';
import { LANGUAGES, wordsFor } from '../../test/helpers/words';
import { ageOf } from '../../utils/age';
import type { NoticeFinding } from '../../utils/report';
import { report, stamp, TEST_NOW } from '../test-reports';
import { badgeLabel, badgeText, evidenceLines, toolbarBadge, toolbarTitle } from './report-words';

const now = new Date(TEST_NOW);
/** Intl puts no-break spaces where French typography wants them ("8\u00a0mois"); the tests read them as spaces. */
const plain = (text: string | null): string | null => text && text.replace(/[\u00a0\u202f]/g, ' ');
const notice: NoticeFinding = { kind: 'age-label', text: 'This article is more than 5 years old', selector: 'p', tagName: 'p', statedAge: { minYears: 5 }, agreesWithStamps: null };

describe('the badge in each language', () => {
  const cases: Record<(typeof LANGUAGES)[number], { day: string; year: string; months: string; today: string; atLeast: string; toolbar: string[] }> = {
    en: { day: '12 years old · 12 Jun 2014', year: 'about 12 years old · 2014', months: '8 months old · 24 Mar 2026', today: 'from today · 24 Nov 2026', atLeast: 'more than 5 years old', toolbar: ['12y', '8mo', 'new', '5y+'] },
    de: { day: '12 Jahre alt · 12. Juni 2014', year: 'etwa 12 Jahre alt · 2014', months: '8 Monate alt · 24. März 2026', today: 'von heute · 24. Nov. 2026', atLeast: 'über 5 Jahre alt', toolbar: ['12J', '8M', 'neu', '5J+'] },
    fr: { day: 'il y a 12 ans · 12 juin 2014', year: 'il y a environ 12 ans · 2014', months: 'il y a 8 mois · 24 mars 2026', today: 'd’aujourd’hui · 24 nov. 2026', atLeast: 'il y a plus de 5 ans', toolbar: ['12a', '8m', 'neuf', '5a+'] },
    es: { day: 'hace 12 años · 12 jun 2014', year: 'hace unos 12 años · 2014', months: 'hace 8 meses · 24 mar 2026', today: 'de hoy · 24 nov 2026', atLeast: 'hace más de 5 años', toolbar: ['12a', '8m', 'hoy', '5a+'] },
    it: { day: '12 anni fa · 12 giu 2014', year: 'circa 12 anni fa · 2014', months: '8 mesi fa · 24 mar 2026', today: 'di oggi · 24 nov 2026', atLeast: 'più di 5 anni fa', toolbar: ['12a', '8m', 'oggi', '5a+'] },
  };
  for (const lang of LANGUAGES) {
    it(`says the age and the date in ${lang}`, () => {
      const words = wordsFor(lang === 'en' ? 'en-GB' : lang);
      const expected = cases[lang];
      const at = (s: ReturnType<typeof stamp>) => report({ published: s, age: ageOf(s, now, 'published') });
      const yearOnly = stamp({ value: '2014', day: null, precision: 'year' });
      const march = stamp({ value: '2026-03-24', day: '2026-03-24' });
      const today = stamp({ value: '2026-11-24T08:00:00Z', day: '2026-11-24', precision: 'instant' });
      expect(plain(badgeText(at(stamp()), words))).toBe(expected.day);
      expect(plain(badgeText(at(yearOnly), words))).toBe(expected.year);
      expect(plain(badgeText(at(march), words))).toBe(expected.months);
      expect(plain(badgeText(at(today), words))).toBe(expected.today);
      const bound = { ...ageOf(stamp({ value: '2021', day: null, precision: 'year' }), now, 'notice'), bound: 'at-least' as const, count: 5, unit: 'year' as const };
      expect(plain(badgeText(report({ age: bound, notice }), words))?.startsWith(expected.atLeast)).toBe(true);
      const toolbar = [at(stamp()), at(march), at(today), report({ age: bound, notice })].map((r) => toolbarBadge(r, words));
      expect(toolbar).toEqual(expected.toolbar);
      for (const text of toolbar) expect(text.length).toBeLessThanOrEqual(4);
    });
  }

  it('uses the plural rules of the language: one year, 1 Jahr, 1 an', () => {
    const s = stamp({ value: '2025-06-12', day: '2025-06-12' });
    const r = report({ published: s, age: ageOf(s, now, 'published') });
    expect(plain(badgeText(r, wordsFor('en-GB')))).toMatch(/^1 year old · /);
    expect(plain(badgeText(r, wordsFor('de')))).toMatch(/^1 Jahr alt · /);
    expect(plain(badgeText(r, wordsFor('fr')))).toMatch(/^il y a 1 an · /);
    expect(plain(badgeText(r, wordsFor('es')))).toMatch(/^hace 1 año · /);
    expect(plain(badgeText(r, wordsFor('it')))).toMatch(/^1 anno fa · /);
  });
});

describe('the update beside the age', () => {
  const en = wordsFor('en-GB');
  it('is shown when it came long after publication', () => {
    expect(badgeText(report({ updated: stamp({ value: '2023-05-01', day: '2023-05-01' }) }), en)).toBe('12 years old · 12 Jun 2014 · updated 3 years ago');
    expect(badgeText(report({ updated: stamp({ value: '2023-05-01', day: '2023-05-01' }) }), wordsFor('de'))).toBe('12 Jahre alt · 12. Juni 2014 · aktualisiert vor 3 Jahren');
  });

  it('is left out when it came soon after publication, however long ago', () => {
    expect(badgeText(report({ updated: stamp({ value: '2014-06-12T18:00:00Z', precision: 'instant' }) }), en)).toBe('12 years old · 12 Jun 2014');
    expect(badgeText(report({ updated: stamp({ value: '2014-07-01', day: '2014-07-01' }) }), en)).toBe('12 years old · 12 Jun 2014');
  });
});

describe('a page whose metadata contradicts its visible date', () => {
  const conflicted = report({ dateConflict: { visible: '2014-06-12', metadata: '2026-11-22', metadataSource: 'json-ld' } });
  it('shows both days on the badge and explains them in the evidence', () => {
    expect(badgeText(conflicted, wordsFor('en-GB'))).toBe('12 years old · 12 Jun 2014 · page data says 22 Nov 2026');
    expect(evidenceLines(conflicted, wordsFor('en-GB')).join(' ')).toContain('its publishing data says 22 Nov 2026');
    expect(plain(badgeText(conflicted, wordsFor('de')))).toContain('Seitendaten: 22. Nov. 2026');
  });
  it('adds nothing when the page agrees with itself', () => {
    expect(badgeText(report(), wordsFor('en-GB'))).toBe('12 years old · 12 Jun 2014');
  });
});

describe('the toolbar', () => {
  it('marks an age that rests on weak evidence with "?", as the badge does', () => {
    expect(toolbarBadge(report({ published: stamp({ confidence: 0.3 }) }), wordsFor('en'))).toBe('12y?');
    expect(toolbarBadge(report({ published: stamp({ confidence: 0.9 }) }), wordsFor('en'))).toBe('12y');
  });
});

describe('the toolbar tooltip', () => {
  it('gives the age and the date, and the name only where there is nothing to say', () => {
    expect(toolbarTitle(report(), wordsFor('en-GB'))).toBe('As Of: 12 years old · 12 Jun 2014');
    expect(toolbarTitle(report(), wordsFor('de'))).toBe('As Of: 12 Jahre alt · 12. Juni 2014');
    expect(toolbarTitle(null, wordsFor('de'))).toBe('As Of');
  });
});

describe('the evidence in plain words', () => {
  it('says machine data as a date, never as code, ISO strings or selectors', () => {
    const published = stamp({ value: '2020-07-09T10:04:00Z', day: '2020-07-09', precision: 'instant', source: 'json-ld', evidence: '2020-07-09T10:04:00Z', location: 'json-ld NewsArticle.datePublished', confidence: 0.95 });
    const lines = evidenceLines(report({ published }), wordsFor('en-GB'));
    expect(lines[0]).toBe('Published 9 July 2020 at 10:04 UTC, according to the page’s publishing data.');
    expect(lines[1]).toBe('How sure: very (95%). The page’s signals agree.');
    const joined = lines.join(' ');
    for (const code of ['json-ld', 'JSON-LD', 'NewsArticle', 'datePublished', '2020-07-09T', 'meta[', 'time[']) expect(joined).not.toContain(code);
    expect(evidenceLines(report({ published }), wordsFor('de'))[0]).toBe('Veröffentlicht: 9. Juli 2020 um 10:04 UTC, laut den Veröffentlichungsdaten der Seite.');
  });

  it('quotes only the date’s own words from a byline, without the page junk around it', () => {
    const published = stamp({ value: '2019-10-09T11:05:00+05:30', day: '2019-10-09', precision: 'instant', source: 'byline', evidence: 'Saibal Dasgupta / TNN / Updated: Oct 9, 2019, 11:05 ISTShareAA+Text SizeSmallMediumLarge', location: 'div.C--nQ' });
    const [line] = evidenceLines(report({ published }), wordsFor('en-GB'));
    expect(line).toBe('Published 9 October 2019 at 05:35 UTC: the byline says “…Updated: Oct 9, 2019, 11:05 IST…”.');
  });

  it('explains the “?” and tells the other dates, counted by the language’s plural rules', () => {
    const one = stamp({ confidence: 0.3, source: 'copyright', value: '2014', day: null, precision: 'year', evidence: '© 2014 News Inc.', disagreements: ['url: 2015-02-01 (url: /2015/02/01/)'] });
    const en = evidenceLines(report({ published: one }), wordsFor('en-GB'));
    expect(en).toContain('How sure: not very (30%). That is what the “?” means: the date comes from a weak hint, or other dates on the page disagree.');
    expect(en).toContain('Another date on the page points elsewhere: 1 Feb 2015.');
    const two = { ...one, disagreements: [...one.disagreements, 'meta: 2016-03-04T10:00:00Z (meta[name=date]: 2016-03-04T10:00:00Z)'] };
    expect(evidenceLines(report({ published: two }), wordsFor('en-GB'))).toContain('2 other dates on the page point elsewhere: 1 Feb 2015 and 4 Mar 2016.');
    expect(evidenceLines(report({ published: two }), wordsFor('de'))).toContain('2 andere Daten auf der Seite weichen ab: 1. Feb. 2015 und 4. März 2016.');
    expect(badgeLabel(report({ published: one }), wordsFor('fr'))).toMatch(/\(incertain\)$/);
  });
});

describe('a time without a zone', () => {
  it('is told as the page’s own clock time, not as UTC', () => {
    const published = stamp({ value: '2016-12-12T07:00', day: '2016-12-12', precision: 'instant', source: 'byline', evidence: 'December 12, 2016 7:00 AM' });
    expect(evidenceLines(report({ published }), wordsFor('en-GB'))[0]).toBe('Published 12 December 2016 at 7:00: the byline says “December 12, 2016 7:00 AM”.');
  });
});
