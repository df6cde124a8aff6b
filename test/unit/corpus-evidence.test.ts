import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_QUOTE } from '../../components/words/date-quote';
import { badgeText, evidenceLines } from '../../components/words/report-words';
import { readLabelledCorpus } from '../../scripts/bench/dates/corpus';
import { loadDocument } from '../../scripts/lib/load-document';
import { analyzeDates } from '../../utils/analyze-dates';
import { NOW } from '../helpers/fixtures';
import { LANGUAGES, wordsFor } from '../helpers/words';

/** What the evidence must never show a reader: the code's names, selectors, raw ISO stamps. */
const CODE_WORDS = /json-?ld|microdata|NewsArticle|datePublished|dateModified|article:|meta\[|time\[|\d{4}-\d{2}-\d{2}T\d/i;
/** The badge itself: one short line that fits a phone (no "· updated …" on a story fixed the same week). */
const MAX_BADGE = 60;

/** The badge and its evidence on the 80 labelled real pages of shared/corpus, in every language. */
describe('evidence in plain words on real pages', () => {
  const reports = readLabelledCorpus().map((page) => {
    const { document, close } = loadDocument(readFileSync(page.file, 'utf8'), page.url);
    const { report } = analyzeDates(document, { url: page.url, now: NOW });
    void close();
    return { id: page.id, report };
  });

  it.each(LANGUAGES)('%s: no code words, quotes only a few words around the date, the badge stays one short line', (lang) => {
    const words = wordsFor(lang);
    const problems: string[] = [];
    for (const { id, report } of reports) {
      const lines = report.published ? evidenceLines(report, words) : [];
      for (const line of lines) {
        if (CODE_WORDS.test(line)) problems.push(`${id}: code words in "${line}"`);
        for (const [, quote] of line.matchAll(/[“„«] ?([^“”„«»]*) ?[”“»]/g)) {
          if (quote!.length > MAX_QUOTE + 2 && !line.includes(report.notice?.text ?? '\u0000')) problems.push(`${id}: long quote "${quote}"`);
        }
      }
      const badge = badgeText(report, words);
      if (badge && badge.length > MAX_BADGE) problems.push(`${id}: badge "${badge}"`);
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
