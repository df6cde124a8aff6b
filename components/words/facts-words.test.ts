import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../test/helpers/words';
import { boundedReportFacts, toReportFacts } from '../../utils/messages/report-facts';
import { toToolbarState } from '../../utils/messages/toolbar-state';
import type { NoticeFinding, PageReport } from '../../utils/report';
import { report, stamp } from '../test-reports';
import { factsWords } from './facts-words';
import { badgeLabel, badgeText, toolbarBadge, toolbarTitle } from './report-words';

const notice: NoticeFinding = { kind: 'age-label', text: 'This article is more than 5 years old', selector: 'p', tagName: 'p', statedAge: { minYears: 5 }, agreesWithStamps: null };

/** Reports whose words differ in each way the badge and toolbar can: update, conflict, low confidence, notice only. */
const REPORTS: Record<string, PageReport> = {
  plain: report(),
  updated: report({ updated: stamp({ value: '2023-05-01', day: '2023-05-01' }) }),
  conflict: report({ dateConflict: { visible: '2014-06-12', metadata: '2026-11-22', metadataSource: 'json-ld' } }),
  unsure: report({ published: stamp({ confidence: 0.3, value: '2014', day: null, precision: 'year' }), age: { days: 4710, count: 12, unit: 'year', bound: 'about', from: 'published', precision: 'year' } }),
  instant: report({ published: stamp({ value: '2026-11-24T08:00:00+01:00', day: '2026-11-24', precision: 'instant' }), age: { days: 0, count: 0, unit: 'day', bound: 'exact', from: 'published', precision: 'instant' } }),
  noticeOnly: report({ published: null, age: null, notice }),
  nothing: report({ published: null, age: null }),
};

describe('the background words a report from its facts alone', () => {
  for (const lang of ['en-GB', 'de']) {
    for (const [name, full] of Object.entries(REPORTS)) {
      it(`says the same as from the whole report (${name}, ${lang})`, () => {
        const words = wordsFor(lang);
        // What the content script sends, through what the background accepts.
        const facts = boundedReportFacts(JSON.parse(JSON.stringify(toReportFacts(full))));
        expect(facts).not.toBeNull();
        const said = factsWords(facts!, words);
        const badge = badgeText(full, words);
        expect(said.badge).toBe(badge);
        expect(said.label).toBe(badgeLabel(full, words, badge));
        expect(said.toolbar).toEqual(toToolbarState(full, toolbarBadge(full, words), toolbarTitle(full, words, badge)));
      });
    }
  }

  it('keeps the "?" of a weak date on the toolbar', () => {
    const said = factsWords(toReportFacts(REPORTS.unsure!)!, wordsFor('en-GB'));
    expect(said.toolbar?.text).toBe('12y?');
    expect(said.label).toMatch(/not sure/i);
  });

  it('sends no page text: a notice is a flag, a stamp its date and confidence', () => {
    const facts = toReportFacts(report({ notice, updated: stamp({ evidence: 'Updated by the desk', location: 'p.byline' }) }));
    const sent = JSON.stringify(facts);
    for (const text of ['more than 5 years', 'Updated by the desk', 'p.byline', 'meta[property', 'news.example']) expect(sent).not.toContain(text);
  });

  it('answers the badge\'s fixed words in the reader\'s language, so the page reads no catalogue', () => {
    for (const lang of ['en-GB', 'de']) {
      const words = wordsFor(lang);
      const said = factsWords(toReportFacts(REPORTS.unsure!)!, words);
      expect(said.dismiss).toBe(words.t('badge.dismiss'));
      expect(said.unsure).toBe(words.t('badge.unsure'));
    }
    expect(factsWords(toReportFacts(REPORTS.plain!)!, wordsFor('de')).dismiss).not.toBe(wordsFor('en-GB').t('badge.dismiss'));
  });

  it('sends nothing for a page that is not an article', () => {
    expect(toReportFacts(report({ article: { isArticle: false, reasons: [] } }))).toBeNull();
  });
});
