import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NoticeKind, PageReport, Precision, StampFinding, StampSource } from '../../../utils/report';

/** test/fixtures/dates/<case>/{source.html, expected.json}: one real pattern a page shows, kept fixed. */
export const FIXTURES_DIR = resolve(import.meta.dirname, '../../../test/fixtures/dates');

/** A stamp as a case pins it: the day (or coarser value), how precise, and where it was read. */
export interface ExpectedStamp {
  day: string | null;
  precision: Precision;
  source: StampSource;
}

/** expected.json: what the reader must see on source.html, analysed at `now` as if served from `url`. */
export interface ExpectedCase {
  /** The pattern this case shows, in a sentence (why it exists). */
  note: string;
  url: string;
  now: string;
  isArticle: boolean;
  /** The publish stamp the badge shows: null on a page that is not an article or shows no date. */
  published: ExpectedStamp | null;
  /** Checked only when present. */
  updated?: ExpectedStamp | null;
  notice: { kind: NoticeKind } | null;
}

export interface FixtureCase {
  name: string;
  dir: string;
  source: string;
  expected: ExpectedCase;
}

export function stampOf(stamp: StampFinding | null): ExpectedStamp | null {
  return stamp ? { day: stamp.day ?? stamp.value, precision: stamp.precision, source: stamp.source } : null;
}

/** The expectation a report gives, in expected.json's shape (published only on a page judged an article). */
export function expectationOf(report: PageReport, note: string): ExpectedCase {
  return {
    note,
    url: report.url,
    now: report.now,
    isArticle: report.article.isArticle,
    published: report.article.isArticle ? stampOf(report.published) : null,
    updated: report.article.isArticle ? stampOf(report.updated) : null,
    notice: report.notice ? { kind: report.notice.kind } : null,
  };
}

export function readCases(dir = FIXTURES_DIR): FixtureCase[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const caseDir = join(dir, entry.name);
      return {
        name: entry.name,
        dir: caseDir,
        source: join(caseDir, 'source.html'),
        expected: JSON.parse(readFileSync(join(caseDir, 'expected.json'), 'utf8')) as ExpectedCase,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
