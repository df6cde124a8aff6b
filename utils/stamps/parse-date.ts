import type { Precision } from '../report';

export interface ParsedDate {
  value: string;
  day: string | null;
  precision: Precision;
  /** Milliseconds since the epoch at the start of the stated period (UTC), for comparisons. */
  epoch: number;
}

const ISO_DATE =
  /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?\s*$/i;
const YEAR_MONTH = /^\s*(\d{4})-(\d{2})\s*$/;
const YEAR_ONLY = /^\s*(\d{4})\s*$/;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Parses the ISO-like forms found in metadata. Returns null for anything it cannot read exactly. */
export function parseIsoLike(raw: string): ParsedDate | null {
  const iso = ISO_DATE.exec(raw);
  if (iso) {
    const [, ys, ms, ds, hh, mm, ss, zone] = iso;
    const y = Number(ys), m = Number(ms), d = Number(ds);
    if (!validDay(y, m, d)) return null;
    const day = `${ys}-${ms}-${ds}`;
    if (hh === undefined || mm === undefined) {
      return { value: day, day, precision: 'day', epoch: Date.UTC(y, m - 1, d) };
    }
    const offset = zone ? normaliseOffset(zone) : '';
    const value = `${day}T${hh}:${mm}:${ss ?? '00'}${offset}`;
    const epoch = Date.parse(offset ? value : `${value}Z`);
    if (Number.isNaN(epoch)) return null;
    return { value, day, precision: 'instant', epoch };
  }
  const ym = YEAR_MONTH.exec(raw);
  if (ym) {
    const y = Number(ym[1]), m = Number(ym[2]);
    if (m < 1 || m > 12) return null;
    return { value: `${ym[1]}-${ym[2]}`, day: null, precision: 'month', epoch: Date.UTC(y, m - 1, 1) };
  }
  const yo = YEAR_ONLY.exec(raw);
  if (yo) return { value: yo[1]!, day: null, precision: 'year', epoch: Date.UTC(Number(yo[1]), 0, 1) };
  return null;
}

function normaliseOffset(zone: string): string {
  if (zone.toUpperCase() === 'Z') return 'Z';
  const digits = zone.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3, 5)}`;
}

export function yearValue(year: number): ParsedDate {
  return { value: pad(year, 4), day: null, precision: 'year', epoch: Date.UTC(year, 0, 1) };
}
