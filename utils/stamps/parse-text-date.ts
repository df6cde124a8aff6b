import { MONTHS, MONTH_WORD, TIME_PART, WEEKDAYS, WEEKDAY_WORD, ZONES } from './constants';
import { makeDate, parseIsoLike, parseOffset, type ParsedDate } from './parse-date';

const WEEKDAY_OPT = `(?:${WEEKDAY_WORD}\\s+)?`;
const YEAR = '((?:19|20)\\d{2})';
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?';

/** "June 12, 2014", "Tue, Jun 12 2014 / 09:40 AM CDT". */
const MONTH_FIRST = new RegExp(`${WEEKDAY_OPT}${MONTH_WORD}\\s+${DAY},?\\s+${YEAR}${TIME_PART}`, 'i');
/** "12 June 2014", "12. Juni 2014", "12 de junio de 2014", "Tue 29 Nov 2016 15.26 EST", "Tue, 07 Apr 2020 07:36:07 +0530". */
const DAY_FIRST = new RegExp(`${WEEKDAY_OPT}${DAY}\\s+(?:de\\s+)?${MONTH_WORD},?\\s+(?:de\\s+)?${YEAR}${TIME_PART}`, 'i');
/** Java's Date.toString: "Tue Jan 28 15:28:56 CET 2020". */
const JAVA_STYLE = new RegExp(`${WEEKDAY_OPT}${MONTH_WORD}\\s+(\\d{1,2})\\s+(\\d{2}):(\\d{2}):(\\d{2})\\s+([A-Z]{2,5})\\s+${YEAR}`, 'i');
/** "28.01.2020", "6/12/2014", "2014/06/12", "2014-06-12 09:40". */
const NUMERIC = /(?<![\d./-])(?:(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})|((?:19|20)\d{2})([-/.])(\d{1,2})\6(\d{1,2}))(?![\d/])/;
const NUMERIC_TIME = new RegExp(`^${TIME_PART}`, 'i');

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

/** Every way of reading `text`, each with where it starts; the earliest-starting reading wins. */
function readings(text: string): { index: number; date: ParsedDate | null; weekday?: string }[] {
  const out: { index: number; date: ParsedDate | null; weekday?: string }[] = [];
  let m = MONTH_FIRST.exec(text);
  if (m) out.push({ index: m.index, weekday: m[1], date: makeDate(Number(m[4]), month(m[2]!), Number(m[3]), clock(m, 5)) });
  m = DAY_FIRST.exec(text);
  if (m) out.push({ index: m.index, weekday: m[1], date: makeDate(Number(m[4]), month(m[3]!), Number(m[2]), clock(m, 5)) });
  m = JAVA_STYLE.exec(text);
  if (m) {
    const zone = ZONES[m[7]!.toUpperCase()] ?? null;
    out.push({ index: m.index - 1, weekday: m[1], date: makeDate(Number(m[8]), month(m[2]!), Number(m[3]), { h: Number(m[4]), min: Number(m[5]), s: Number(m[6]), offset: zone }) });
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
