import { REPORT_VERSION, type Claim, type PageReport, type StampFinding } from '../utils/report';

/** Small hand-made reports for the component tests, pinned to the project's NOW. */
export const TEST_NOW = '2026-11-24T12:00:00.000Z';

export function stamp(overrides: Partial<StampFinding> = {}): StampFinding {
  return {
    value: '2014-06-12', day: '2014-06-12', precision: 'day', source: 'meta', evidence: '2014-06-12T09:40:00Z',
    location: 'meta[property="article:published_time"]', confidence: 0.9, disagreements: [], ...overrides,
  };
}

export function report(overrides: Partial<PageReport> = {}): PageReport {
  return {
    version: REPORT_VERSION, url: 'https://news.example/story', now: TEST_NOW,
    article: { isArticle: true, reasons: ['og:type is article'] },
    notice: null, published: stamp(), updated: null, captured: null,
    age: { days: 4548, count: 12, unit: 'year', bound: 'exact', from: 'published', precision: 'day' },
    claims: [], timings: { total: 1, article: 0, stamps: 0, notice: 0, claims: 0 }, problems: [], ...overrides,
  };
}

export function claim(overrides: Partial<Claim> = {}): Claim {
  const text = 'The company now employs 500 people, its chief executive said last week.';
  return {
    id: 'c1', text, categories: ['present-state', 'relative-time'], score: 0.8,
    cues: [
      { kind: 'present-state', text: 'now', start: 12, end: 15, why: 'now' },
      { kind: 'relative-time', text: 'last week', start: 61, end: 70, why: 'relative',
        resolved: { value: '2014-06-05', precision: 'day', qualifier: 'weekAround' } },
    ],
    locator: { sentenceIndex: 3, quote: text, prefix: '', suffix: '' }, ...overrides,
  };
}
