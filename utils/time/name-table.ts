const NON_ASCII = /[^\0-\x7f]/;

/** A word as looked up in the calendar tables: lower-case, accents and the Turkish dotless ı folded away. */
export function foldWord(word: string): string {
  // Most names and words are plain ASCII: nothing to fold but the case (the Unicode normalisation is the costly part).
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  return word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').replace(/ł/g, 'l');
}

/**
 * One lookup table from per-language lists: `lists[lang][n]` holds the space-separated names of value `n`
 * (a month 1-12 or a weekday 0-6; index 0 of a month list is unused). Each name is stored as written
 * (lower-case) and folded, so "März", "marz", "AĞUSTOS" and "agustos" all resolve.
 */
export function nameTable(lists: Readonly<Record<string, readonly string[]>>, firstValue: number): Readonly<Record<string, number>> {
  const table: Record<string, number> = {};
  for (const names of Object.values(lists)) {
    names.forEach((spaced, i) => {
      for (const name of spaced.split(' ').filter(Boolean)) {
        const value = i + firstValue;
        // The first language to name a word keeps it (the tests check no two languages disagree).
        for (const key of [name.toLowerCase(), foldWord(name)]) table[key] ??= value;
      }
    });
  }
  return table;
}

/**
 * nameTable built on first use: folding hundreds of names costs a page's script a millisecond or two at
 * load (the Unicode normalisation), which only a page whose dates are read needs to pay.
 */
export function lazyNameTable(lists: Readonly<Record<string, readonly string[]>>, firstValue: number): () => Readonly<Record<string, number>> {
  let table: Readonly<Record<string, number>> | null = null;
  return () => (table ??= nameTable(lists, firstValue));
}
