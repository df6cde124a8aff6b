import type { StampCandidate } from './candidate';
import { HAS_DIGIT, WEIGHTS } from './constants';
import { DATE_LABELS, labelBefore } from './date-labels';
import { findTextDate } from './parse-text-date';
import { isUnrelated } from './region';
import type { DateOrder } from '../time/date-order';

/**
 * A page's own "last changed" line, at its end: a wiki's "Diese Seite wurde zuletzt am 29. Januar 2020
 * geändert" / "(last edited 2019-11-10 13:28:18 by …)", an association page's "Aktualisiert: 30.12.2016",
 * a portal's "<label>Letzte Änderung:</label> <div>14.01.2022 um 09:25</div>". Read during the copyright
 * year's walk from the end of the page (no walk of its own), only when nothing states a publish day; the
 * page is then aged from this update, and says so. The words are the updated labels of date-labels.ts.
 * Another item's line is not the page's: one in a comment, a related list or a teaser (region.ts), and
 * any when the tail holds updated lines of different days (a list of items, each with its own update).
 */
const CUE = new RegExp(DATE_LABELS.filter((l) => l.role === 'updated').map((l) => l.pattern).join('|'), 'i');
/** A "last changed" line is short; longer text is the story's own. */
const MAX_LINE = 200;
/** A text node with something to read (whitespace between tags is skipped without copying it). */
const VISIBLE = /\S/;

type Reading = NonNullable<ReturnType<typeof findTextDate>>;

export interface LastChangeReader {
  /** Feeds the text nodes walked from the end of the page backwards, with their text. */
  visit(node: Text, raw: string): void;
  /** The page's own line, or null: none found, or the tail is a list of dated items. */
  result(): StampCandidate | null;
}

/**
 * One reader per walk. Only a text that holds a digit and a label's words is parsed (its own date after
 * the label), or, for a label standing alone in its element ("<label>Letzte Änderung:</label>"), the
 * text node just after it, which the walk from the end met just before, when that one holds a digit.
 * The walk goes on after the line is found, to see whether another line of a different day stands above it.
 */
export function lastChangeReader(order: DateOrder | null, headline: Element | null): LastChangeReader {
  let after = '';
  let found: StampCandidate | null = null;
  let list = false;
  const take = (node: Text, evidence: string, reading: Reading): void => {
    // The site's footer, where such a line often stands, is the page's own here.
    if (node.parentElement && isUnrelated(node.parentElement, headline, true)) return;
    if (!found) found = { role: 'updated', source: 'last-change', ...reading.date, evidence: evidence.slice(0, 120), location: 'last-change line', weight: WEIGHTS.lastChange };
    else if ((found.day ?? found.value) !== (reading.date.day ?? reading.date.value)) list = true;
  };
  return {
    visit(node: Text, raw: string): void {
      if (list || !VISIBLE.test(raw)) return;
      const next = after;
      after = '';
      if (raw.length > MAX_LINE) return;
      // Most text nodes hold no digit and stand before none: they cost two character-class tests.
      if (HAS_DIGIT.test(raw)) {
        after = raw;
        if (CUE.test(raw)) {
          const text = raw.replace(/\s+/g, ' ').trim();
          const own = findTextDate(text, order);
          if (own && labelBefore(text.slice(0, own.index))?.role === 'updated') return take(node, text, own);
        }
      }
      if (next === '' || !CUE.test(raw)) return;
      const text = raw.replace(/\s+/g, ' ').trim();
      if (labelBefore(text)?.role !== 'updated') return;
      const following = next.replace(/\s+/g, ' ').trim();
      const reading = findTextDate(following, order);
      if (reading !== null && reading.index <= 2) take(node, `${text} ${following}`, reading);
    },
    result: () => (list ? null : found),
  };
}
