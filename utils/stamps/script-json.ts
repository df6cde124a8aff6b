import type { StampCandidate, StampRole } from './candidate';
import { WEIGHTS } from './constants';
import { parseAnyDate } from './parse-text-date';
import { dateOrderOf } from '../time/date-order';

/** Characters of inline script read in all: the page state a CMS writes sits early; megabytes of bundles are skipped. */
const MAX_CHARS = 64_000;
const MAX_SCRIPTS = 40;

/** Keys a CMS's page state uses for the story's own dates ("datePublished":"2022-02-08T14:00:00", "publishDate":1644325200). */
const KEY_ROLES: Readonly<Record<string, StampRole>> = {
  datepublished: 'published', publishdate: 'published', publisheddate: 'published', publishedat: 'published', published_at: 'published',
  date_published: 'published', publicationdate: 'published', publication_date: 'published', firstpublishedat: 'published',
  first_published_at: 'published', pubdate: 'published',
  datemodified: 'updated', modifieddate: 'updated', lastmodified: 'updated', updatedat: 'updated', updated_at: 'updated',
};
const KEY_VALUE = /\\?"([A-Za-z_]{6,20})\\?"\s*:\s*(?:\\?"([^"\\]{6,40})\\?"|(\d{10}(?:\d{3})?)\b)/g;

/**
 * Dates held only in an inline script's JSON (not JSON-LD): the first publish and the first update date
 * a script names, from the first 64 KB of inline script. A weak signal, read only when nothing better states a day.
 */
export function findScriptJsonStamps(doc: Document): StampCandidate[] {
  const found = new Map<StampRole, StampCandidate>();
  const scripts = doc.querySelectorAll('script:not([src])');
  let budget = MAX_CHARS;
  for (let i = 0; i < scripts.length && i < MAX_SCRIPTS && budget > 0 && found.size < 2; i += 1) {
    const script = scripts[i]!;
    if (/ld\+json|template|html/i.test(script.getAttribute('type') ?? '')) continue;
    const text = (script.textContent ?? '').slice(0, budget);
    budget -= text.length;
    for (const m of text.matchAll(KEY_VALUE)) {
      const role = KEY_ROLES[m[1]!.toLowerCase()];
      if (!role || found.has(role)) continue;
      const raw = m[2] ?? m[3]!;
      const parsed = parseAnyDate(raw, dateOrderOf(doc));
      if (!parsed) continue;
      found.set(role, { role, source: 'script-json', ...parsed, evidence: m[0].slice(0, 80), location: `script[${i}] "${m[1]}"`, weight: WEIGHTS.scriptJson });
      if (found.size === 2) break;
    }
  }
  return [...found.values()];
}
