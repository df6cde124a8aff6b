import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../utils/analyze-page';
import { NOW, parseHtml } from '../../helpers/fixtures';
import { analyzeSafely } from './invariants';
import { buildHostileDocument, dateish, hostilePage } from './hostile-values';

// A fixed seed keeps CI reproducible; a failure prints the seed and the shrunk page.
const RUNS = { numRuns: 300, seed: 20261124 };

describe('analyzePage on random hostile pages', () => {
  it('never throws, never changes the page, and states only dates between 1990 and now', () => {
    fc.assert(fc.property(hostilePage, (page) => {
      analyzeSafely(buildHostileDocument(page), NOW);
    }), RUNS);
  });

  it('holds for arbitrary HTML text fed straight to the parser', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (html) => {
      analyzeSafely(parseHtml(html), NOW);
    }), RUNS);
  });

  it('holds whatever `now` is, so a date is never after the reference time', () => {
    const nowArb = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true });
    fc.assert(fc.property(hostilePage, nowArb, (page, now) => {
      analyzeSafely(buildHostileDocument(page), now);
    }), { ...RUNS, numRuns: 150 });
  });

  it('still finds a sound publish date that junk surrounds', () => {
    const sound = fc.date({ min: new Date('1990-01-02T00:00:00Z'), max: new Date('2026-11-23T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    // Junk that cannot be a plausible date: out of range or unreadable.
    const junk = dateish.filter((s) => !/^\s*(199\d|20[0-2]\d)/.test(s));
    fc.assert(fc.property(sound, fc.array(junk, { maxLength: 4 }), (day, junkDates) => {
      const doc = document.implementation.createHTMLDocument('A story');
      const meta = doc.createElement('meta');
      meta.setAttribute('property', 'article:published_time');
      meta.setAttribute('content', day);
      doc.head.append(meta);
      for (const value of junkDates) {
        const script = doc.createElement('script');
        script.type = 'application/ld+json';
        script.textContent = JSON.stringify({ '@type': 'NewsArticle', datePublished: value, __proto__: { datePublished: value } });
        doc.head.append(script);
      }
      const report = analyzeSafely(doc, NOW);
      expect(report.published?.day).toBe(day);
    }), RUNS);
  });

  it('reports a failing step in `problems` instead of throwing', () => {
    const doc = parseHtml('<html><body><p>x</p></body></html>');
    Object.defineProperty(doc, 'querySelectorAll', { value: () => { throw new Error('hostile page'); } });
    const report = analyzePage(doc, { url: 'https://news.example/', now: NOW });
    expect(report.problems.join(' ')).toContain('hostile page');
    expect(report.published).toBeNull();
  });
});
