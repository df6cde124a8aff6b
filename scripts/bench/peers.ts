import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { load } from 'cheerio';
import createMetascraper from 'metascraper';
import metascraperDate from 'metascraper-date';
import { analyzePage } from '../../utils/analyze-page';
import { loadDocument, readPageText } from '../lib/load-document';
import type { CorpusPage } from './corpus';

/** Per page, milliseconds for each way of finding the publish date. */
export interface PeerTimes {
  /** analyzePage's "stamps + notice" steps (claims off), from its own timings. */
  ours: number[];
  metascraperDate: number[];
  /** Readability's own metadata pass (_getJSONLD + _getArticleMetadata), no content extraction. */
  readabilityMetadata: number[];
}

/** The metadata steps Readability runs inside parse(); not in its public types. */
export interface ReadabilityInternals {
  _getJSONLD(doc: Document): Record<string, unknown>;
  _getArticleMetadata(jsonld: Record<string, unknown>): { publishedTime?: string | null };
}

const scrape = createMetascraper([metascraperDate()]);

async function timed(run: () => unknown): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

/** A fresh parse per contender: happy-dom caches query results, so a second reader of one document runs warm. */
function withDocument<T>(html: string, url: string, run: (doc: Document) => T): T {
  const { document, close } = loadDocument(html, url);
  try {
    return run(document);
  } finally {
    void close();
  }
}

function ours(doc: Document, url: string, now: Date): number {
  const { timings } = analyzePage(doc, { url, now, includeClaims: false });
  return timings.stamps + timings.notice;
}

function readabilityMetadata(doc: Document): unknown {
  const reader = new Readability(doc) as unknown as ReadabilityInternals;
  return reader._getArticleMetadata(reader._getJSONLD(doc)).publishedTime;
}

/**
 * Times our stamp step and its peers on the same pages in one Node process, each on its own fresh
 * parse (jsdom, as the CLI reads pages, for us and Readability; cheerio for metascraper) with parsing left out of the time.
 */
export async function timePeers(pages: readonly CorpusPage[], now: Date): Promise<PeerTimes> {
  const times: PeerTimes = { ours: [], metascraperDate: [], readabilityMetadata: [] };
  for (const [index, page] of pages.entries()) {
    const html = readPageText(page.file);
    if (index === 0) {
      // Compile every code path once so the first page does not pay for it.
      withDocument(html, page.url, (doc) => ours(doc, page.url, now));
      withDocument(html, page.url, readabilityMetadata);
      await scrape({ url: page.url, html, validateUrl: false });
    }
    times.ours.push(withDocument(html, page.url, (doc) => ours(doc, page.url, now)));
    times.readabilityMetadata.push(withDocument(html, page.url, (doc) => {
      const t0 = performance.now();
      readabilityMetadata(doc);
      return performance.now() - t0;
    }));
    const $ = load(html, { baseURI: page.url });
    times.metascraperDate.push(await timed(() => scrape({ url: page.url, htmlDom: $, validateUrl: false })));
  }
  return times;
}
