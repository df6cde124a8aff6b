import type { Precision } from '../report';

export interface ParsedDate {
  value: string;
  day: string | null;
  precision: Precision;
  /** Milliseconds since the epoch at the start of the stated period (UTC), for comparisons. */
  epoch: number;
  /** Set when the day and month could be read either way ("02/10/2020") and the page's locale did not say which. */
  ambiguous?: true;
}

// "2014-06-12", "2014-06-12T09:40", "2017-11-03 03:01:00.000000", "2023-11-02T09:10+0000", "2018-10-29T10:15-500",
// and the compact "20180619T055000+0900" / "20231102".
const ISO_DATE =
  /^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?)?)?\s*$/i;
const YEAR_MONTH = /^\s*(\d{4})-(\d{2})\s*$/;
const YEAR_ONLY = /^\s*(\d{4})\s*$/;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Offset text ("+05:30", "Z") from minutes east of UTC. */
export function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * A date as the page wrote it. `offset` is in minutes east of UTC, or null when the page named none
 * (then the clock time is the publisher's local time and the day is kept as written).
 */
export function makeDate(y: number, m: number, d: number, time?: { h: number; min: number; s: number; offset: number | null }): ParsedDate | null {
  if (!validDay(y, m, d)) return null;
  const day = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (!time) return { value: day, day, precision: 'day', epoch: Date.UTC(y, m - 1, d) };
  if (time.h > 23 || time.min > 59 || time.s > 59) return null;
  const clock = `${pad(time.h)}:${pad(time.min)}:${pad(time.s)}`;
  const offset = time.offset === null ? '' : offsetText(time.offset);
  const epoch = Date.UTC(y, m - 1, d, time.h, time.min, time.s) - (time.offset ?? 0) * 60_000;
  return { value: `${day}T${clock}${offset}`, day, precision: 'instant', epoch };
}

/** Minutes east of UTC from "+0530", "+05:30", "-500", "Z", "GMT". */
export function parseOffset(zone: string): number | null {
  if (/^(?:Z|UTC|GMT)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(zone);
  if (!m) return null;
  let hours = Number(m[2]);
  let minutes = Number(m[3] ?? 0);
  // "-500" is "-5:00" written without its leading zero.
  if (m[3] === undefined && m[2]!.length === 1) minutes = 0;
  if (hours > 14 || minutes > 59) ({ hours, minutes } = { hours: 0, minutes: 0 });
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** Parses the ISO-like forms found in metadata. Returns null for anything it cannot read exactly. */
export function parseIsoLike(raw: string): ParsedDate | null {
  if (raw.length > 64) return null;
  const iso = ISO_DATE.exec(raw.replace(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)([+-])(\d)(\d{2})$/, '$1$20$3$4'));
  if (iso) {
    const [, ys, ms, ds, hh, mm, ss, zone] = iso;
    if (hh === undefined || mm === undefined) return makeDate(Number(ys), Number(ms), Number(ds));
    const offset = zone ? parseOffset(zone) : null;
    return makeDate(Number(ys), Number(ms), Number(ds), { h: Number(hh), min: Number(mm), s: Number(ss ?? 0), offset });
  }
  const ym = YEAR_MONTH.exec(raw);
  if (ym) {
    const y = Number(ym[1]), m = Number(ym[2]);
    if (m < 1 || m > 12) return null;
    return { value: `${ym[1]}-${ym[2]}`, day: null, precision: 'month', epoch: Date.UTC(y, m - 1, 1) };
  }
  const yo = YEAR_ONLY.exec(raw);
  if (yo) return yearValue(Number(yo[1]));
  return null;
}

export function yearValue(year: number): ParsedDate {
  return { value: pad(year, 4), day: null, precision: 'year', epoch: Date.UTC(year, 0, 1) };
}

/** The calendar day of an instant seen from a given offset (minutes east of UTC). */
export function dayAtOffset(epoch: number, offsetMinutes: number): string {
  return new Date(epoch + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** The offset an instant value carries, in minutes, or null when it names none. */
export function offsetOf(value: string): number | null {
  const m = /T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/.exec(value);
  return m ? parseOffset(m[1]!) : null;
}
