import type { StampCandidate } from './candidate';
import { DATE_LABELS, labelBefore } from './date-labels';
import { findTextDate } from './parse-text-date';
import type { DateOrder } from '../time/date-order';

/**
 * A page's own "last changed" line, at its end: a wiki's "Diese Seite wurde zuletzt am 29. Januar 2020
 * geändert" / "(last edited 2019-11-10 13:28:18 by …)", an association page's "Aktualisiert: 30.12.2016",
 * a portal's "<label>Letzte Änderung:</label> <div>14.01.2022 um 09:25</div>". Read during the copyright
 * year's walk from the end of the page (no walk of its own), only when nothing states a publish day; the
 * page is then aged from this update, and says so. The words are the updated labels of date-labels.ts.
 */
const CUE = new RegExp(DATE_LABELS.filter((l) => l.role === 'updated').map((l) => l.pattern).join('|'), 'i');
/** A "last changed" line is short; longer text is the story's own. */
const MAX_LINE = 200;
/** A date's label may stand in the text node just before it (its own <label> or <span>), not further. */
const LABEL_GAP = 1;
/** A day stated outright, as trustworthy as a byline's "Updated:" line. */
const WEIGHT = 0.6;

export interface LastChangeReader {
  /** Feeds the text nodes walked from the end of the page backwards; true once the line is found. */
  visit(text: string): boolean;
  found: StampCandidate | null;
}

/** One reader per walk: it remembers a date met just after (in the page) a node that may hold its label. */
export function lastChangeReader(order: DateOrder | null): LastChangeReader {
  let pending: { text: string; date: NonNullable<ReturnType<typeof findTextDate>> } | null = null;
  let since = 0;
  const reader: LastChangeReader = {
    found: null,
    visit(raw: string): boolean {
      if (reader.found) return true;
      if (raw.length > MAX_LINE) {
        pending = null;
        return false;
      }
      const text = raw.replace(/\s+/g, ' ').trim();
      if (text === '') return false;
      const cued = CUE.test(text);
      if (pending && since < LABEL_GAP && cued && labelBefore(text)?.role === 'updated') return take(`${text} ${pending.text}`, pending.date);
      since += 1;
      if (!/\d/.test(text)) return false;
      const reading = findTextDate(text, order);
      if (!reading) return false;
      if (cued && labelBefore(text.slice(0, reading.index))?.role === 'updated') return take(text, reading);
      pending = { text, date: reading };
      since = 0;
      return false;
    },
  };
  const take = (evidence: string, reading: NonNullable<ReturnType<typeof findTextDate>>): boolean => {
    reader.found = { role: 'updated', source: 'byline', ...reading.date, evidence: evidence.slice(0, 120), location: 'last-change line', weight: WEIGHT };
    return true;
  };
  return reader;
}
