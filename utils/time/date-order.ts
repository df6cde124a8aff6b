/**
 * How a page orders a numeric date whose day and month could both be a month ("02/10/2020"):
 * 'dmy' (most of the world), 'mdy' (the United States and a few others), or null when the page does
 * not say. Read from what the page declares about itself: <html lang>, xml:lang, Content-Language, og:locale.
 */
export type DateOrder = 'dmy' | 'mdy';

/** Countries whose numeric dates put the month first. */
const MONTH_FIRST_COUNTRIES = new Set(['us', 'ph', 'fm', 'mh', 'pw', 'as', 'gu', 'mp', 'pr', 'um', 'vi']);
/** Languages that state no order by themselves: English (US or UK?) and the year-first scripts. */
const OPEN_LANGUAGES = new Set(['en', 'zh', 'ja', 'ko']);

/** The order one language tag ("de", "en-GB", "en_US", "pt-BR") implies, or null. */
export function orderOfTag(tag: string): DateOrder | null {
  const m = /^\s*([a-z]{2,3})(?:[-_]([a-z]{2}))?\b/i.exec(tag);
  if (!m) return null;
  const language = m[1]!.toLowerCase();
  const country = m[2]?.toLowerCase();
  if (country) return MONTH_FIRST_COUNTRIES.has(country) ? 'mdy' : language === 'en' || !OPEN_LANGUAGES.has(language) ? 'dmy' : null;
  return OPEN_LANGUAGES.has(language) ? null : 'dmy';
}

const cache = new WeakMap<Document, DateOrder | null>();

/** The page's date order: the first declaration that settles it wins. Cached per document (a few attribute reads). */
export function dateOrderOf(doc: Document): DateOrder | null {
  if (cache.has(doc)) return cache.get(doc)!;
  const root = doc.documentElement;
  const head = doc.head ?? doc;
  const tags = [
    root?.getAttribute('lang'),
    root?.getAttribute('xml:lang'),
    [...head.querySelectorAll('meta[http-equiv]')].find((m) => /^content-language$/i.test(m.getAttribute('http-equiv') ?? ''))?.getAttribute('content'),
    head.querySelector('meta[property="og:locale"]')?.getAttribute('content'),
  ];
  let order: DateOrder | null = null;
  for (const tag of tags) if (tag && (order = orderOfTag(tag)) !== null) break;
  cache.set(doc, order);
  return order;
}
