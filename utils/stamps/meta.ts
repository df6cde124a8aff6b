import type { StampCandidate, StampRole } from './candidate';
import { parseIsoLike } from './parse-date';

/** Meta names that carry a stamp, and what they claim. Read as `property`, `name` or `itemprop`. */
const META_ROLES: Record<string, StampRole> = {
  'article:published_time': 'published',
  'og:published_time': 'published',
  'parsely-pub-date': 'published',
  'sailthru.date': 'published',
  'dc.date': 'published',
  'dc.date.issued': 'published',
  'dcterms.date': 'published',
  'dcterms.created': 'published',
  pubdate: 'published',
  publishdate: 'published',
  'publish-date': 'published',
  date: 'published',
  'article:modified_time': 'updated',
  'og:updated_time': 'updated',
  'dc.date.modified': 'updated',
  'dcterms.modified': 'updated',
  lastmod: 'updated',
};

export function findMetaStamps(doc: Document): StampCandidate[] {
  const found: StampCandidate[] = [];
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
    const role = META_ROLES[key];
    if (!role) continue;
    // Some saved pages carry `value=` instead of `content=`.
    const raw = meta.getAttribute('content') ?? meta.getAttribute('value') ?? '';
    const parsed = parseIsoLike(raw);
    if (!parsed) continue;
    found.push({ role, source: 'meta', ...parsed, evidence: raw, location: `meta[${key}]`, weight: 0.85 });
  }
  return found;
}
