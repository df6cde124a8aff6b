/**
 * How well a heading's text matches the page's own title (document.title, og:title, twitter:title):
 * the share of words they have in common (Dice coefficient, 0..1). A title usually carries the site's
 * name too ("Council votes on the bridge | The Daily"), so each title also counts without the part
 * after its last separator; a logo or section heading ("The Daily", "Politics") matches only that
 * short part and scores low against the whole.
 */
const SEPARATORS = /\s+[|–—:·•-]\s+|\s+[|–—·•]|[|–—·•]\s+/;
/**
 * A word: a run of anything but spaces, punctuation and symbols (ASCII, Latin-1, general and CJK
 * punctuation, currency, arrows and shapes), so letters and digits of every script count. Spelled as
 * ranges rather than \p{L}\p{N} with the 'u' flag: that class took 1-3 ms to compile on a content
 * script's first headline lookup, this one some 50 µs.
 */
const WORD = /[^\s!-/:-@[-`{-~\u00A1-\u00BF\u00D7\u00F7\u2000-\u206F\u20A0-\u20CF\u2190-\u2BFF\u3000-\u303F\uFF01-\uFF0F\u30FB\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65]+/g;

export function words(text: string): string[] {
  return text.toLocaleLowerCase().match(WORD) ?? [];
}

/** The page's titles, each whole and without its site-name part. */
export function pageTitles(doc: Document): string[][] {
  const raw = [doc.title, metaContent(doc, 'og:title'), metaContent(doc, 'twitter:title')];
  const titles: string[][] = [];
  for (const title of raw) {
    if (!title) continue;
    titles.push(words(title));
    const parts = title.split(SEPARATORS).filter((part) => words(part).length > 0);
    if (parts.length > 1) {
      // The longest part is the headline far more often than the site's name is.
      const longest = parts.reduce((a, b) => (words(b).length > words(a).length ? b : a));
      titles.push(words(longest));
    }
  }
  return titles.filter((t) => t.length > 0);
}

export function titleScore(heading: string, titles: readonly string[][]): number {
  const mine = words(heading);
  if (mine.length === 0) return 0;
  let best = 0;
  for (const title of titles) best = Math.max(best, dice(mine, title));
  return best;
}

function dice(a: readonly string[], b: readonly string[]): number {
  const pool = new Map<string, number>();
  for (const w of b) pool.set(w, (pool.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of a) {
    const left = pool.get(w) ?? 0;
    if (left > 0) {
      common += 1;
      pool.set(w, left - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

function metaContent(doc: Document, key: string): string | null {
  // Saved pages sometimes carry name= / value= instead of property= / content=.
  const meta = doc.head?.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return meta?.getAttribute('content') ?? meta?.getAttribute('value') ?? null;
}
