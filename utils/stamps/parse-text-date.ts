import { TIME_PART, ZONES } from './constants';
import { decodeEntities } from './entities';
import { makeDate, parseIsoLike, parseOffset, type ParsedDate } from './parse-date';
import { NUMERIC, numericDate } from './parse-numeric-date';
import type { DateOrder } from '../time/date-order';
import { monthNumber } from '../time/month-names';
import { weekdayNumber } from '../time/weekday-names';

/** Latin (with the accents of Polish, Romanian, Turkish, Czech), Greek, Cyrillic and Arabic letters: ranges, so no Unicode-mode regex. */
export const LETTER = 'A-Za-zÀ-ɏͰ-ϿЀ-ӿء-ي';
/**
 * A whole word that may name a month or a weekday. Which one is looked up (monthNumber, weekdayNumber)
 * after the match: spelling the hundred names out as an alternation cost each page 2 ms to compile.
 */
const NAME = `(?<![${LETTER}])([${LETTER}]{2,12})\\.?`;
const YEAR = '((?:19|20)\\d{2})';
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?';

/** "June 12, 2014", "Jun 12 2014 / 09:40 AM CDT". */
const MONTH_FIRST = new RegExp(`${NAME}\\s+${DAY},?\\s+${YEAR}${TIME_PART}`, 'gi');
/**
 * "12 June 2014", "12. Juni 2014", "12 de junio de 2014", "29 Nov 2016 15.26 EST", "07 Apr 2020 07:36:07 +0530",
 * "12 июня 2014 г.", "12 czerwca 2014", "12 Haziran 2014".
 */
const DAY_FIRST = new RegExp(`${DAY}\\s+(?:de\\s+)?${NAME},?\\s+(?:de\\s+)?${YEAR}${TIME_PART}`, 'gi');
/** Year first, as Hungarian writes it, the year closed by a period: "2021. március 5.", "2021. márc. 5. 10:12". */
const YEAR_FIRST = new RegExp(`${YEAR}\\.\\s+${NAME}\\s+${DAY}${TIME_PART}`, 'gi');
/** Chinese, Japanese and Korean: "2021年3月23日", "2021년 3월 23일", with an optional clock time after. */
const CJK = new RegExp(`${YEAR}\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?${TIME_PART}`);
/** Java's Date.toString: "Jan 28 15:28:56 CET 2020". */
const JAVA_STYLE = new RegExp(`${NAME}\\s+(\\d{1,2})\\s+(\\d{2}):(\\d{2}):(\\d{2})\\s+([A-Z]{2,5})\\s+${YEAR}`, 'gi');
/** The word just before a date, which names its weekday when it is one ("Tue, ", "Donnerstag "). */
const WORD_BEFORE = new RegExp(`(?<![${LETTER}])([${LETTER}]{2,12})\\.?,?\\s+$`);
const NUMERIC_TIME = new RegExp(`^${TIME_PART}`, 'i');
/** Words that look like a month but are not, tried before giving up on a text: bylines are short. */
const MAX_TRIES = 20;

type Match = RegExpExecArray;

export type Clock = { h: number; min: number; s: number; offset: number | null };

function clock(m: Match, at: number): Clock | undefined {
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
  const expected = weekdayNumber(word);
  return expected === undefined || new Date(`${date.day}T00:00:00Z`).getUTCDay() === expected;
}

const month = (word: string): number => monthNumber(word) ?? 0;

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
  return m && weekdayNumber(m[1]!) !== undefined ? { index: m.index, weekday: m[1] } : { index };
}

interface Reading { index: number; date: ParsedDate | null; weekday?: string; tieWinner?: boolean }

/** Every way of reading `text`, each with where it starts; the earliest-starting reading wins. */
function readings(text: string, order: DateOrder | null): Reading[] {
  const out: Reading[] = [];
  let m = withMonth(MONTH_FIRST, text, 1);
  if (m) out.push({ ...start(text, m.index), date: makeDate(Number(m[3]), month(m[1]!), Number(m[2]), clock(m, 4)) });
  m = withMonth(DAY_FIRST, text, 2);
  if (m) out.push({ ...start(text, m.index), date: makeDate(Number(m[3]), month(m[2]!), Number(m[1]), clock(m, 4)) });
  m = withMonth(YEAR_FIRST, text, 2);
  if (m) out.push({ ...start(text, m.index), date: makeDate(Number(m[1]), month(m[2]!), Number(m[3]), clock(m, 4)) });
  m = withMonth(JAVA_STYLE, text, 1);
  if (m) {
    const zone = ZONES[m[6]!.toUpperCase()] ?? null;
    const at = start(text, m.index);
    // A Java stamp also holds a day-first reading from the same place ("28 15:28"): it wins the tie.
    out.push({ ...at, tieWinner: true, date: makeDate(Number(m[7]), month(m[1]!), Number(m[2]), { h: Number(m[3]), min: Number(m[4]), s: Number(m[5]), offset: zone }) });
  }
  m = NUMERIC.exec(text);
  if (m) {
    const rest = NUMERIC_TIME.exec(text.slice(m.index + m[0].length));
    out.push({ index: m.index, date: numericDate(m, rest && rest[1] !== undefined ? clock(rest, 1) : undefined, order) });
  }
  m = /[年년]/.test(text) ? CJK.exec(text) : null;
  if (m) out.push({ index: m.index, date: makeDate(Number(m[1]), Number(m[2]), Number(m[3]), clock(m, 4)) });
  return out;
}

/**
 * The first full date (day or finer) written in a short text and where its reading starts: at the weekday
 * written before it when there is one ("Donnerstag, 12. Juni 2014"), so the text before `index` is its label.
 * Relative dates ("2 hours ago") are not read. `order` is the page's numeric date order (see dateOrderOf).
 */
export function findTextDate(text: string, order: DateOrder | null = null): { date: ParsedDate; index: number } | null {
  const found = readings(text, order)
    .filter((r): r is Reading & { date: ParsedDate } => r.date !== null && weekdayAgrees(r.weekday, r.date))
    .sort((a, b) => a.index - b.index || Number(b.tieWinner ?? false) - Number(a.tieWinner ?? false))[0];
  return found ? { date: found.date, index: found.index } : null;
}

/** The first full date (day or finer) written in a short text, or null. */
export function parseTextDate(text: string, order: DateOrder | null = null): ParsedDate | null {
  return findTextDate(text, order)?.date ?? null;
}

/** Metadata values: ISO forms first, then the written forms some sites put in meta tags and JSON-LD. */
export function parseAnyDate(raw: string, order: DateOrder | null = null): ParsedDate | null {
  // JSON-LD is script text, so the HTML parser leaves "&#x2B;05:30" as written.
  const trimmed = (raw.includes('&') ? decodeEntities(raw) : raw).trim();
  if (trimmed.length === 0 || trimmed.length > 120) return null;
  // Unix time in seconds or milliseconds.
  if (/^\d{10}(?:\d{3})?$/.test(trimmed)) {
    const epoch = trimmed.length === 13 ? Number(trimmed) : Number(trimmed) * 1000;
    const iso = new Date(epoch).toISOString();
    return { value: `${iso.slice(0, 19)}Z`, day: iso.slice(0, 10), precision: 'instant', epoch };
  }
  return parseIsoLike(trimmed) ?? parseTextDate(trimmed, order);
}
