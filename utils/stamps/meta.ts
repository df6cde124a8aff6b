import type { StampCandidate, StampRole } from './candidate';
import { LIMITS, WEIGHTS } from './constants';
import { parseAnyDate } from './parse-text-date';

/** Meta names that name the article's own stamps. Read as `property`, `name` or `itemprop`. */
const META_ROLES: Record<string, StampRole> = {
  'article:published_time': 'published', 'og:published_time': 'published', 'og:article:published_time': 'published',
  'article:published': 'published', 'parsely-pub-date': 'published', 'sailthru.date': 'published',
  'dc.date.issued': 'published', 'dcterms.issued': 'published', 'dc.date.created': 'published', 'dcterms.created': 'published',
  'publish-date': 'published', 'publish_date': 'published', 'publication_date': 'published', 'publication-date': 'published', 'publishdate': 'published', 'published-date': 'published',
  'pubdate': 'published', 'datepublished': 'published', 'article_date_original': 'published', 'original-publish-date': 'published',
  'created-date': 'published', 'dcsext.articlefirstpublished': 'published', 'cxenseparse:recs:publishtime': 'published',
  'article.published': 'published', 'bt:pubdate': 'published', 'citation_publication_date': 'published',
  'article:modified_time': 'updated', 'og:updated_time': 'updated', 'article:modified': 'updated',
  'dc.date.modified': 'updated', 'dcterms.modified': 'updated', 'lastmod': 'updated', 'last-modified': 'updated',
  'modified-date': 'updated', 'article_date_updated': 'updated', 'datemodified': 'updated', 'bt:moddate': 'updated',
};
/** Names that say "a date" without saying which: they count a little less. */
const GENERIC: Record<string, StampRole> = { date: 'published', 'dc.date': 'published', 'dcterms.date': 'published' };

export function findMetaStamps(doc: Document): StampCandidate[] {
  const found: StampCandidate[] = [];
  // Metas live in <head> (parsers move stray ones there); body metas with itemprop are microdata's.
  const metas = (doc.head ?? doc).querySelectorAll('meta');
  for (let i = 0; i < metas.length && i < LIMITS.metas; i += 1) {
    const meta = metas[i]!;
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
    const role = META_ROLES[key] ?? GENERIC[key];
    if (!role) continue;
    // Some saved pages carry `value=` instead of `content=`.
    const raw = meta.getAttribute('content') ?? meta.getAttribute('value') ?? '';
    // No page order here: machine-written values follow the invariant (US) form, "11/01/2023 12:43:42" on a Swiss page.
    const parsed = parseAnyDate(raw);
    if (!parsed) continue;
    found.push({ role, source: 'meta', ...parsed, evidence: raw, location: `meta[${key}]`, weight: key in GENERIC ? WEIGHTS.metaGeneric : /created/.test(key) ? WEIGHTS.created : WEIGHTS.meta });
  }
  return found;
}
