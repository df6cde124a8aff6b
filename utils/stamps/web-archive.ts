import type { StampFinding } from '../report';
import { makeDate } from './parse-date';

// web.archive.org/web/20140612094011/http://example.com/... (an optional "id_"-style flag after the digits).
const WAYBACK = /^(?:https?:)?\/\/(?:web\.)?archive\.org\/web\/(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?[a-z_]*\/(.+)$/i;
const ARCHIVE_TODAY = /^(?:https?:)?\/\/archive\.(?:today|ph|is|li|vn|fo|md)\//i;

export interface WebArchiveCapture {
  service: 'wayback' | 'archive.today';
  /** The capture time, when the address states it. */
  captured: StampFinding | null;
  /** The address the capture was made of (its date pattern still counts). */
  originalUrl: string | null;
}

/** Is this address a web-archive capture? Then the capture time bounds the publish stamp from above. */
export function webArchiveCapture(url: string): WebArchiveCapture | null {
  const w = WAYBACK.exec(url);
  if (w) {
    const [, y, mo, d, h, mi, s, original] = w;
    const date = makeDate(Number(y), Number(mo), Number(d), h ? { h: Number(h), min: Number(mi ?? 0), s: Number(s ?? 0), offset: 0 } : undefined);
    const captured: StampFinding | null = date
      ? { value: date.value, day: date.day, precision: date.precision, source: 'web-archive', evidence: `${y}${mo}${d}${h ?? ''}${mi ?? ''}${s ?? ''}`, location: 'url', confidence: 0.95, disagreements: [] }
      : null;
    return { service: 'wayback', captured, originalUrl: /^[a-z]+:\/\//i.test(original!) ? original! : `http://${original}` };
  }
  if (ARCHIVE_TODAY.test(url)) return { service: 'archive.today', captured: null, originalUrl: null };
  return null;
}
