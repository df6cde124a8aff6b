import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import createMetascraper from 'metascraper';
import metascraperDate from 'metascraper-date';
import { loadDocument } from '../../lib/load-document';

/** A peer's answer: the calendar day it returns, and the milliseconds it took. */
export interface PeerAnswer {
  day: string | null;
  raw: string | null;
  ms: number;
}

const scrape = createMetascraper([metascraperDate()]);

/** metascraper-date returns an ISO string in UTC (it needs the url as well as the html). */
export async function metascraperDay(html: string, url: string): Promise<PeerAnswer> {
  const t0 = performance.now();
  const result = await scrape({ html, url });
  const ms = performance.now() - t0;
  const raw = typeof result.date === 'string' ? result.date : null;
  return { day: dayOf(raw), raw, ms };
}

/** Readability's `publishedTime`: the raw meta / JSON-LD string it picked (timed: parse() on a fresh document). */
export async function readabilityDay(html: string, url: string): Promise<PeerAnswer> {
  const { document, close } = loadDocument(html, url);
  try {
    const t0 = performance.now();
    const article = new Readability(document).parse();
    const ms = performance.now() - t0;
    const raw = article?.publishedTime ?? null;
    return { day: dayOf(raw), raw, ms };
  } finally {
    await close();
  }
}

/** The day as the string writes it when it starts with one, else the UTC day of what Date makes of it. */
function dayOf(raw: string | null): string | null {
  if (!raw) return null;
  const written = /^\s*(\d{4}-\d{2}-\d{2})/.exec(raw);
  if (written) return written[1]!;
  const epoch = Date.parse(raw);
  return Number.isNaN(epoch) ? null : new Date(epoch).toISOString().slice(0, 10);
}
