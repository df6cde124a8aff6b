import type { StampCandidate } from './candidate';
import { MONTHS, WEIGHTS } from './constants';
import { makeDate } from './parse-date';
import { dateOrderOf } from '../time/date-order';

// "/2014/06/12/", "/2014/jun/12/", "-2014-06-12-", "/20140612/"; the year must look like a year.
const SLASHED = /\/((?:199|20[0-4])\d)\/(\d{1,2}|[a-z]{3,9})\/(\d{1,2})(?:\/|$|[-_])/i;
const DASHED = /[/_-]((?:199|20[0-4])\d)-(\d{2})-(\d{2})(?=[/_.-]|$)/;
const COMPACT = /\/((?:199|20[0-4])\d)(\d{2})(\d{2})(?=[/_-])/;
// "/29-10-2021", "/detail/~02-01-2022-land-zahlte": day first, unless the page writes month first.
const DAY_FIRST_DASHED = /[/_~-](\d{2})-(\d{2})-((?:199|20[0-4])\d)(?=[/_.-]|$)/;

/** Date written in the address (the original address for a web-archive capture). */
export function findUrlStamps(doc: Document, url: string): StampCandidate[] {
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
  const m = DAY_FIRST_DASHED.exec(path);
  const [first, second] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  const monthFirst = m !== null && first <= 12 && dateOrderOf(doc) === 'mdy';
  const date = m && makeDate(Number(m[3]), monthFirst ? first : second, monthFirst ? second : first);
  return date ? [{ role: 'published', source: 'url', ...date, evidence: m[0], location: 'url', weight: WEIGHTS.url }] : [];
}

/** The path of an address, or of the original address inside a web-archive capture address. */
export function pathOf(url: string): string {
  const original = /\/web\/\d{8,14}[a-z_]*\/(.+)$/i.exec(url)?.[1] ?? url;
  const m = /^(?:[a-z]+:)?\/\/[^/]+(\/[^?#]*)/i.exec(original);
  return m?.[1] ?? '';
}
