import { makeDate, type ParsedDate } from './parse-date';
import type { Clock } from './parse-text-date';
import type { DateOrder } from '../time/date-order';

/**
 * Numeric dates: "28.01.2020", "4. 2. 2022" and "28.01.22" (dots: day first); "6/12/2014", "02-10-2020",
 * "26 | 01 | 2022" (slashes, dashes and a magazine's pipes: order by the page's locale); "2014/06/12", "2014-06-12 09:40" (year first).
 * Groups: 1-3 dotted, 4-6 dotted with a two-digit year, 7-10 slashed, dashed or piped, 11-14 year first.
 */
export const NUMERIC = new RegExp(
  String.raw`(?<![\d./-])(?:(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})|(\d{2})\.(\d{2})\.(\d{2})(?!\.?\d)|(\d{1,2})([/-]|\s?\|\s?)(\d{1,2})\8((?:19|20)\d{2})|((?:19|20)\d{2})([-/.])(\d{1,2})\12(\d{1,2}))(?![\d/])`,
);

/**
 * A numeric date from NUMERIC's groups. Dots are day.month.year; a two-digit year is this century's
 * up to 69 (the bounds drop a future one). Slashes, dashes and pipes whose two first numbers could both be the
 * month follow the page's order; with none known, a slash is read as the United States writes it
 * (month first) and a dash or a pipe as the rest of the world does (day first), and the reading is marked ambiguous.
 */
export function numericDate(m: RegExpExecArray, time: Clock | undefined, order: DateOrder | null): ParsedDate | null {
  if (m[1]) return makeDate(Number(m[3]), Number(m[2]), Number(m[1]), time);
  if (m[4]) {
    const yy = Number(m[6]);
    return makeDate(yy < 70 ? 2000 + yy : 1900 + yy, Number(m[5]), Number(m[4]), time);
  }
  if (m[11]) return makeDate(Number(m[11]), Number(m[13]), Number(m[14]), time);
  const a = Number(m[7]), b = Number(m[9]), year = Number(m[10]);
  const settled = a > 12 || b > 12 || a === b;
  const dayFirst = a > 12 || (b <= 12 && (order ? order === 'dmy' : m[8] !== '/'));
  const date = makeDate(year, dayFirst ? b : a, dayFirst ? a : b, time);
  return date && !settled && !order ? { ...date, ambiguous: true } : date;
}
