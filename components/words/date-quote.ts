import { monthNumber, PUBLISHED_WORDS, UPDATED_WORDS, weekdayNumber, ZONES } from '../../utils/stamps/constants';

/** Most characters of page text the evidence quotes; longer runs are cut with "…". */
export const MAX_QUOTE = 60;
/** Characters of a stamp's raw text looked at for the date. */
const MAX_SCAN = 2000;

/** Words that join the parts of one date: "Oct 9, 2019, 11:05", "9. Juli 2020 um 10:04", "19.2.2020 klo 14.00". */
const JOINERS = new Set(['at', 'um', 'à', 'a', 'las', 'de', 'del', 'alle', 'ore', 'on', 'le', 'el', 'am', 'klo', '/']);

/** Text run together by the page's markup ("Creer21 Jan", "11:05 ISTShareAA") pulled apart at case and digit seams. */
function unglue(text: string): string {
  return text
    .replace(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L}{2})(?=\d)|(?<=\d{4})(?=\p{L}{3})/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A time zone a byline names; "ET" and "PT" too, which the stamp finder reads as the day only. */
function isZone(word: string): boolean {
  return word in ZONES || word === 'ET' || word === 'PT';
}

function isDateWord(word: string): boolean {
  const bare = word.replace(/[.,:;()]+$/u, '');
  const lower = bare.toLowerCase();
  return /\d/.test(bare) || bare === '©' || monthNumber(lower) !== undefined || weekdayNumber(lower) !== undefined || isZone(bare)
    || /^[ap]\.?m\.?$/i.test(bare) || lower === 'uhr';
}

/** A bare number right after "pm" or a zone ("3:51 pm 11 Edit") is the page's next item (a comment count), not the date. */
function afterTheTime(previous: string, word: string): boolean {
  const bare = previous.replace(/[.,]+$/u, '');
  return /^\d{1,3}$/.test(word) && (/^[ap]\.?m$/i.test(bare) || isZone(bare));
}

/**
 * The date's own words out of a stamp's raw text, with the role word before it ("Updated: Oct 9,
 * 2019, 11:05 IST" out of "Saibal Dasgupta / TNN / Updated: Oct 9, 2019, 11:05 ISTShareAA+Text Size…").
 * `role` picks the run the page labelled that way when the text holds two dates.
 */
export function dateQuote(evidence: string, year: string | null, role: 'published' | 'updated'): string {
  // A page's byline can run long; the date sits near its start, and the rest is not worth the work.
  const words = unglue(evidence.slice(0, MAX_SCAN)).split(' ');
  const runs: { start: number; end: number }[] = [];
  for (let i = 0; i < words.length; i += 1) {
    // "am"/"pm" only follow a time; at the start of a run it is the German "am" ("Veröffentlicht am").
    if (!isDateWord(words[i]!) || /^[ap]\.?m\.?$/i.test(words[i]!)) continue;
    let end = i + 1;
    while (end < words.length && !afterTheTime(words[end - 1]!, words[end]!)
      && (isDateWord(words[end]!) || (JOINERS.has(words[end]!.toLowerCase()) && isDateWord(words[end + 1] ?? '')))) end += 1;
    if (words.slice(i, end).some((w) => /\d/.test(w))) runs.push({ start: i, end });
    i = end - 1;
  }
  if (runs.length === 0) return clip(words.join(' '), false, true);
  const label = role === 'updated' ? UPDATED_WORDS : PUBLISHED_WORDS;
  const labelled = (run: { start: number }): RegExpExecArray | null =>
    new RegExp(`(?:${label.source})\\s*$`, 'i').exec(words.slice(Math.max(0, run.start - 4), run.start).join(' '));
  const run = runs.find((r) => labelled(r)) ?? runs.find((r) => year && words.slice(r.start, r.end).join(' ').includes(year)) ?? runs[0]!;
  const before = words.slice(Math.max(0, run.start - 4), run.start).join(' ');
  const roleWord = labelled(run) ?? new RegExp(`(?:${UPDATED_WORDS.source}|${PUBLISHED_WORDS.source})\\s*$`, 'i').exec(before);
  const lead = roleWord ? roleWord[0].trim() : '';
  const quote = `${lead ? `${lead} ` : ''}${once(words.slice(run.start, run.end)).join(' ')}`.replace(/[\s,;|/·-]+$/u, '');
  const cutBefore = run.start > 0 && !(lead && before.trim() === lead);
  return clip(quote, cutBefore, run.end < words.length);
}

/** A date the page shows twice in a row (a visible and a screen-reader copy) is quoted once. */
function once(run: string[]): string[] {
  const half = run.length / 2;
  return Number.isInteger(half) && half > 0 && run.slice(0, half).join(' ') === run.slice(half).join(' ') ? run.slice(0, half) : run;
}

function clip(quote: string, cutBefore: boolean, cutAfter: boolean): string {
  const short = quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE).trimEnd()}` : quote;
  return `${cutBefore ? '…' : ''}${short}${cutAfter || short !== quote ? '…' : ''}`;
}
