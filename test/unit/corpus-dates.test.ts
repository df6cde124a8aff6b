import { describe, expect, it } from 'vitest';
import { findNotice } from '../../utils/notice/find-notice';
import { findStamps } from '../../utils/stamps/find-stamps';
import { readLabelledCorpus } from '../../scripts/bench/dates/corpus';
import { figures, judge, type Verdict } from '../../scripts/bench/dates/score';
import { loadPageFile } from '../../scripts/lib/load-document';
import { NOW } from '../helpers/fixtures';

/**
 * The accuracy floor on the 80 labelled real pages of shared/corpus (the same scoring as
 * `npm run bench:dates`'s "stamp on any page" row), each read as Chromium reads it (load-document.ts).
 * A regression in any detector or in reconciliation shows here.
 */
describe('publish day on the labelled corpus', () => {
  const pages = readLabelledCorpus();
  const verdicts: Record<string, Verdict> = {};
  const values: Record<string, string> = {};

  it('reads every page', async () => {
    for (const page of pages) {
      const { document, close } = loadPageFile(page.file, page.url);
      const stamps = findStamps(document, page.url, NOW, findNotice(document, page.url));
      await close();
      values[page.id] = stamps.published?.value ?? '';
      verdicts[page.id] = judge(stamps.published ? stamps.published.day ?? stamps.published.value : null, page.labelDay);
      // Let vitest's worker answer its runner between pages (a long synchronous stretch times it out).
      await new Promise((resume) => setImmediate(resume));
    }
    expect(Object.keys(verdicts)).toHaveLength(pages.length);
  }, 180_000);

  it('is within one day of the label on at least 97.5% of pages, exact on at least 90%, wrong on at most 2.5%', () => {
    const f = figures('ours', Object.values(verdicts), []);
    expect(f.pages).toBe(80);
    expect(f.withinDay / f.pages).toBeGreaterThanOrEqual(0.975);
    expect(f.exact / f.pages).toBeGreaterThanOrEqual(0.9);
    expect(f.wrong / f.pages).toBeLessThanOrEqual(0.025);
  });

  it('dates the pages whose only date is visible text or a notice', () => {
    // No JSON-LD, meta, microdata or <time>: the byline or the "This story is from ..." notice is all there is.
    for (const id of ['hd-timesofisrael.com.washington', 'pl-miamiherald.com', 'pl-timesofindia.indiatimes.com']) {
      expect(verdicts[id], id).toBe('exact');
    }
  });

  it("takes The Guardian's first publication (07.46 EST), not the later republication in its published_time meta", () => {
    expect(verdicts['pl-theguardian.com']).toBe('exact');
    expect(values['pl-theguardian.com']).toBe('2016-11-29T07:46:00-05:00');
  });
});
