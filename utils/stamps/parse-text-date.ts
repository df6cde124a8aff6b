import { MONTHS, TIME_PART, WEEKDAYS, ZONES } from './constants';
import { makeDate, parseIsoLike, parseOffset, type ParsedDate } from './parse-date';

const LETTER = 'A-Za-zÀ-ÿ';
/**
 * A whole word that may name a month or a weekday. Which one is looked up in MONTHS and WEEKDAYS
 * after the match: spelling the hundred names out as an alternation cost each page 2 ms to compile.
 */
const NAME = `(?<![${LETTER}])([${LETTER}]{2,10})\\.?`;
const YEAR = '((?:19|20)\\d{2})';
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?';

/** "June 12, 2014", "Jun 12 2014 / 09:40 AM CDT". */
const MONTH_FIRST = new RegExp(`${NAME}\\s+${DAY},?\\s+${YEAR}${TIME_PART}`, 'gi');
/** "12 June 2014", "12. Juni 2014", "12 de junio de 2014", "29 Nov 2016 15.26 EST", "07 Apr 2020 07:36:07 +0530". */
const DAY_FIRST = new RegExp(`${DAY}\\s+(?:de\\s+)?${NAME},?\\s+(?:de\\s+)?${YEAR}${TIME_PART}`, 'gi');
/** Java's Date.toString: "Jan 28 15:28:56 CET 2020". */
const JAVA_STYLE = new RegExp(`${NAME}\\s+(\\d{1,2})\\s+(\\d{2}):(\\d{2}):(\\d{2})\\s+([A-Z]{2,5})\\s+${YEAR}`, 'gi');
/** The word just before a date, which names its weekday when it is one ("Tue, ", "Donnerstag "). */
const WORD_BEFORE = new RegExp(`(?<![${LETTER}])([${LETTER}]{2,10})\\.?,?\\s+$`);
/** "28.01.2020", "6/12/2014", "2014/06/12", "2014-06-12 09:40". */
const NUMERIC = /(?<![\d./-])(?:(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})|((?:19|20)\d{2})([-/.])(\d{1,2})\6(\d{1,2}))(?![\d/])/;
const NUMERIC_TIME = new RegExp(`^${TIME_PART}`, 'i');
/** Words that look like a month but are not, tried before giving up on a text: bylines are short. */
const MAX_TRIES = 20;

type Match = RegExpExecArray;

function clock(m: Match, at: number): { h: number; min: number; s: number; offset: number | null } | undefined {
  if (m[at] === undefined) return undefined;
  let h = Number(m[at]);
  const meridiem = (m[at + 3] ?? '').toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && h < 12) h += 12;
  if (meridiem === 'am' && h === 12) h = 0;
  const zoneWord = m[at + 4]?.toUpperCase();
  const offset = zoneWord !== undefined && zoneWord in ZONES ? ZONES[zoneWord]! : m[at + 5] ? parseOffset(m[at + 5]!) : null;
  return { h, min: Number(m[at + 1]), s: Number(m[at + 2] ?? 0), offset };
}

function weekdayAgrees(word: string | undefined, date: ParsedDate): boolean {
  if (!word || word.length < 3 || !date.day) return true;
  const expected = WEEKDAYS[word.toLowerCase()];
  return expected === undefined || new Date(`${date.day}T00:00:00Z`).getUTCDay() === expected;
}

const month = (word: string): number => MONTHS[word.toLowerCase()] ?? 0;

/** The first match of a global `pattern` whose `group` is a month name, or null. */
function withMonth(pattern: RegExp, text: string, group: number): Match | null {
  pattern.lastIndex = 0;
  for (let tries = 0; tries < MAX_TRIES; tries += 1) {
    const m = pattern.exec(text);
    if (!m || month(m[group]!) > 0) return m;
    pattern.lastIndex = m.index + 1;
  }
  return null;
}

/** Where a reading starts: at the weekday written just before it, if there is one. */
function start(text: string, index: number): { index: number; weekday?: string } {
  const before = text.slice(0, index);
  const m = WORD_BEFORE.exec(before);
  return m && WEEKDAYS[m[1]!.toLowerCase()] !== undefined ? { index: m.index, weekday: m[1] } : { index };
}

/** Every way of reading `text`, each with where it starts; the earliest-starting reading wins. */
function readings(text: string): { index: number; date: ParsedDate | null; weekday?: string }[] {
  const out: { index: number; date: ParsedDate | null; weekday?: string }[] = [];
  let m = withMonth(MONTH_FIRST, text, 1);
  if (m) out.push({ ...start(text, m.index), date: makeDate(Number(m[3]), month(m[1]!), Number(m[2]), clock(m, 4)) });
  m = withMonth(DAY_FIRST, text, 2);
  if (m) out.push({ ...start(text, m.index), date: makeDate(Number(m[3]), month(m[2]!), Number(m[1]), clock(m, 4)) });
  m = withMonth(JAVA_STYLE, text, 1);
  if (m) {
    const zone = ZONES[m[6]!.toUpperCase()] ?? null;
    const at = start(text, m.index);
    out.push({ ...at, index: at.index - 1, date: makeDate(Number(m[7]), month(m[1]!), Number(m[2]), { h: Number(m[3]), min: Number(m[4]), s: Number(m[5]), offset: zone }) });
  }
  m = NUMERIC.exec(text);
  if (m) {
    const rest = NUMERIC_TIME.exec(text.slice(m.index + m[0].length));
    const time = rest && rest[1] !== undefined ? clock(rest, 1) : undefined;
    if (m[5]) out.push({ index: m.index, date: makeDate(Number(m[5]), Number(m[7]), Number(m[8]), time) });
    else {
      // Dots are day.month.year (Europe); slashes month/day/year unless the first number cannot be a month.
      const a = Number(m[1]), b = Number(m[3]);
      const dayFirst = m[2] === '.' || a > 12;
      out.push({ index: m.index, date: makeDate(Number(m[4]), dayFirst ? b : a, dayFirst ? a : b, time) });
    }
  }
  return out;
}

/** The first full date (day or finer) written in a short text, or null. Relative dates ("2 hours ago") are not read. */
export function parseTextDate(text: string): ParsedDate | null {
  const found = readings(text)
    .filter((r) => r.date !== null && weekdayAgrees(r.weekday, r.date))
    .sort((a, b) => a.index - b.index)[0];
  return found?.date ?? null;
}

/** Metadata values: ISO forms first, then the written forms some sites put in meta tags and JSON-LD. */
export function parseAnyDate(raw: string): ParsedDate | null {
  const trimmed = raw.trim();
  if (trimmed.length === 0 || trimmed.length > 120) return null;
  // Unix time in seconds or milliseconds.
  if (/^\d{10}(?:\d{3})?$/.test(trimmed)) {
    const epoch = trimmed.length === 13 ? Number(trimmed) : Number(trimmed) * 1000;
    const iso = new Date(epoch).toISOString();
    return { value: `${iso.slice(0, 19)}Z`, day: iso.slice(0, 10), precision: 'instant', epoch };
  }
  return parseIsoLike(trimmed) ?? parseTextDate(trimmed);
}
