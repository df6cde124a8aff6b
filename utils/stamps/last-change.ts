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
/** A text node with something to read (whitespace between tags is skipped without copying it). */
const VISIBLE = /\S/;
const DIGIT = /\d/;
/** A day stated outright, as trustworthy as a byline's "Updated:" line. */
const WEIGHT = 0.6;

type Reading = NonNullable<ReturnType<typeof findTextDate>>;

export interface LastChangeReader {
  /** Feeds the text nodes walked from the end of the page backwards; true once the line is found. */
  visit(text: string): boolean;
  found: StampCandidate | null;
}

/**
 * One reader per walk. Only a text that holds a digit and a label's words is parsed (its own date after
 * the label), or, for a label standing alone in its element ("<label>Letzte Änderung:</label>"), the
 * text node just after it, which the walk from the end met just before, when that one holds a digit.
 */
export function lastChangeReader(order: DateOrder | null): LastChangeReader {
  let after = '';
  const reader: LastChangeReader = {
    found: null,
    visit(raw: string): boolean {
      if (reader.found) return true;
      if (!VISIBLE.test(raw)) return false;
      const next = after;
      after = '';
      if (raw.length > MAX_LINE) return false;
      // Most text nodes hold no digit and stand before none: they cost two character-class tests.
      if (DIGIT.test(raw)) {
        after = raw;
        if (CUE.test(raw)) {
          const text = raw.replace(/\s+/g, ' ').trim();
          const own = findTextDate(text, order);
          if (own && labelBefore(text.slice(0, own.index))?.role === 'updated') return take(text, own);
        }
      }
      if (next === '' || !CUE.test(raw)) return false;
      const text = raw.replace(/\s+/g, ' ').trim();
      if (labelBefore(text)?.role !== 'updated') return false;
      const following = next.replace(/\s+/g, ' ').trim();
      const reading = findTextDate(following, order);
      return reading !== null && reading.index <= 2 && take(`${text} ${following}`, reading);
    },
  };
  const take = (evidence: string, reading: Reading): boolean => {
    reader.found = { role: 'updated', source: 'byline', ...reading.date, evidence: evidence.slice(0, 120), location: 'last-change line', weight: WEIGHT };
    return true;
  };
  return reader;
}
