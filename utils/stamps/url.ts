import type { StampCandidate } from './candidate';
import { WEIGHTS } from './constants';
import { makeDate } from './parse-date';
import { addressDate } from '../links/address-date';
import { dateOrderOf } from '../time/date-order';

/** Later than any page: the address's own bounds are left to the stamp validators, which know `now`. */
const NO_BOUND = new Date(Date.UTC(2100, 0, 1));

/**
 * The day written in the page's address (the original address for a web-archive capture), read by the
 * one address-date registry the link ages use too (utils/links/address-date.ts). Only a day counts here:
 * an address's month ("/2023/10/3-fragen-…") says too little to stamp a story.
 */
export function findUrlStamps(doc: Document, url: string): StampCandidate[] {
  const address = parse(originalAddress(url));
  const found = address ? addressDate(address, NO_BOUND, dateOrderOf(doc)) : null;
  if (!found?.day) return [];
  const date = makeDate(Number(found.day.slice(0, 4)), Number(found.day.slice(5, 7)), Number(found.day.slice(8, 10)));
  return date ? [{ role: 'published', source: 'url', ...date, evidence: found.evidence, location: 'url', weight: WEIGHTS.url }] : [];
}

/** The original address inside a web-archive capture address, else the address itself. */
function originalAddress(url: string): string {
  return /\/web\/\d{8,14}[a-z_]*\/(.+)$/i.exec(url)?.[1] ?? url;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
