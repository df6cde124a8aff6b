import { isWithinBounds } from '../date-bounds';
import type { DateOrder } from '../time/date-order';
import type { AddressDatePattern } from './pattern-types';
import { DAY_PATTERNS } from './patterns-day';
import { MONTH_PATTERNS } from './patterns-month';
import type { AddressDate } from './types';

/** Every address-date pattern, day patterns first: the registry the tests and the benchmark walk. */
export const ADDRESS_DATE_PATTERNS: readonly AddressDatePattern[] = [...DAY_PATTERNS, ...MONTH_PATTERNS];

const YEAR_LIKE = /(?:199|20\d)\d/;

/** An address's path and query as written (for the evidence) and lower-cased (for the patterns). */
type AddressParts = Record<AddressDatePattern['part'], { written: string; text: string }>;

/** Read once per address: each read of a URL's part makes a new string in the browser, and every pattern needs one. */
function addressParts(url: URL): AddressParts {
  const { pathname, search } = url;
  return { path: { written: pathname, text: pathname.toLowerCase() }, query: { written: search, text: search.toLowerCase() } };
}

const pad = (n: number): string => String(n).padStart(2, '0');

function isRealDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * The first date one pattern reads from an address that is a real day or month between 1990 and `now`;
 * 'impossible' when the address writes a date apart in its parts (2014/12/99, 2015-02-30) that no
 * calendar has: such an address states nothing, not even its month.
 */
export function readPattern(entry: AddressDatePattern, url: URL, now: Date, order: DateOrder | null = null, parts: AddressParts = addressParts(url)): AddressDate | 'impossible' | null {
  const { written, text } = parts[entry.part];
  for (const match of text.matchAll(entry.pattern)) {
    const { y, m, d } = entry.read(match as RegExpExecArray, order);
    if (!(m >= 1 && m <= 12) || (d !== undefined && !isRealDay(y, m, d))) {
      if (d !== undefined && /^\D?\d{4}\D/.test(match[0])) return 'impossible';
      continue;
    }
    const month = `${y}-${pad(m)}`;
    const value = d === undefined ? month : `${month}-${pad(d)}`;
    if (!isWithinBounds(value, entry.precision, now)) continue;
    const at = match.index ?? 0;
    return {
      value, day: d === undefined ? null : value, precision: entry.precision, source: 'url',
      evidence: written.slice(at, at + match[0].length), pattern: entry.id,
    };
  }
  return null;
}

export function matchPattern(entry: AddressDatePattern, url: URL, now: Date): AddressDate | null {
  const found = readPattern(entry, url, now);
  return found === 'impossible' ? null : found;
}

/**
 * The date an address states, day or month, or null. Impossible dates (2014-12-99, month 43),
 * dates before 1990 or after `now`, and digits inside a longer number never count. `order` is the
 * page's numeric date order when known (see dateOrderOf): it decides only "02-01-2022" in an address.
 * The one reader of dates in addresses: a page's own (stamps/url.ts) and its links' (find-link-dates.ts).
 */
export function addressDate(url: URL, now: Date, order: DateOrder | null = null): AddressDate | null {
  // Most addresses name no year at all: one cheap test spares them every pattern.
  const parts = addressParts(url);
  if (!YEAR_LIKE.test(parts.path.written) && !YEAR_LIKE.test(parts.query.written)) return null;
  for (const entry of ADDRESS_DATE_PATTERNS) {
    const found = readPattern(entry, url, now, order, parts);
    if (found === 'impossible') return null;
    if (found) return found;
  }
  return null;
}
