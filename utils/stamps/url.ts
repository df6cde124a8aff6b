import type { StampCandidate } from './candidate';
import { MONTHS, WEIGHTS } from './constants';
import { makeDate } from './parse-date';

// "/2014/06/12/", "/2014/jun/12/", "-2014-06-12-", "/20140612/"; the year must look like a year.
const SLASHED = /\/((?:199|20[0-4])\d)\/(\d{1,2}|[a-z]{3,9})\/(\d{1,2})(?:\/|$|[-_])/i;
const DASHED = /[/_-]((?:199|20[0-4])\d)-(\d{2})-(\d{2})(?=[/_.-]|$)/;
const COMPACT = /\/((?:199|20[0-4])\d)(\d{2})(\d{2})(?=[/_-])/;

/** Date written in the address (the original address for a web-archive capture). */
export function findUrlStamps(_doc: Document, url: string): StampCandidate[] {
  const path = pathOf(url);
  if (!path) return [];
  for (const pattern of [SLASHED, DASHED, COMPACT]) {
    const m = pattern.exec(path);
    if (!m) continue;
    const monthPart = m[2]!;
    const month = /^\d+$/.test(monthPart) ? Number(monthPart) : MONTHS[monthPart.toLowerCase()] ?? 0;
    const date = makeDate(Number(m[1]), month, Number(m[3]));
    if (date) return [{ role: 'published', source: 'url', ...date, evidence: m[0], location: 'url', weight: WEIGHTS.url }];
  }
  return [];
}

/** The path of an address, or of the original address inside a web-archive capture address. */
export function pathOf(url: string): string {
  const original = /\/web\/\d{8,14}[a-z_]*\/(.+)$/i.exec(url)?.[1] ?? url;
  const m = /^(?:[a-z]+:)?\/\/[^/]+(\/[^?#]*)/i.exec(original);
  return m?.[1] ?? '';
}
