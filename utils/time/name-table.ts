const NON_ASCII = /[^\0-\x7f]/;

/** A word as looked up in the calendar names: lower-case, accents and the Turkish dotless ı folded away. */
export function foldWord(word: string): string {
  // Most names and words are plain ASCII: nothing to fold but the case (the Unicode normalisation is the costly part).
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  return word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').replace(/ł/g, 'l');
}

/**
 * A name lookup from per-language lists: `lists[lang][n]` holds the space-separated names of value
 * `n + firstValue` (a month 1-12 or a weekday 0-6). A word reads as written (lower-case) or folded, so
 * "März", "marz", "AĞUSTOS" and "agustos" all resolve. No table is built: on the first lookup the names of
 * each value are joined into one string (and folded as one string on the first miss), and
 * a word is found with a native substring search. Filling a table of 500 names took a fresh page 1-2.5 ms.
 * Where two languages use one word, they agree (the tests check), so the first value naming it is its value.
 */
export function nameLookup(lists: Readonly<Record<string, readonly string[]>>, firstValue: number): (word: string) => number | undefined {
  let written: string[] | null = null;
  let folded: string[] | null = null;
  const find = (joined: readonly string[], key: string): number | undefined => {
    const at = joined.findIndex((names) => names.includes(` ${key} `));
    return at < 0 ? undefined : at + firstValue;
  };
  return (word) => {
    if (!word || word.includes(' ')) return undefined;
    written ??= joinNames(lists);
    const lower = word.toLowerCase();
    const found = find(written, lower);
    if (found !== undefined) return found;
    folded ??= written.map(foldWord);
    return find(folded, foldWord(word));
  };
}

/** Per value, every language's names in one lower-case string, each name between spaces. */
function joinNames(lists: Readonly<Record<string, readonly string[]>>): string[] {
  const joined: string[] = [];
  for (const names of Object.values(lists)) names.forEach((spaced, i) => { joined[i] = `${joined[i] ?? ' '}${spaced.toLowerCase()} `; });
  return joined;
}
