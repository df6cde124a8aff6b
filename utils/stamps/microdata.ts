import type { StampCandidate, StampRole } from './candidate';
import { LIMITS, WEIGHTS } from './constants';
import { parseAnyDate } from './parse-text-date';
import { isUnrelated, shortText } from './region';
import { walkElements } from './walk';

const ROLES: Record<string, StampRole> = { datepublished: 'published', datecreated: 'published', uploaddate: 'published', datemodified: 'updated' };

/** Schema.org microdata: `itemprop="datePublished"` with `content`, `datetime`, `title` or its text. */
export function findMicrodataStamps(doc: Document): StampCandidate[] {
  const found: StampCandidate[] = [];
  const root = doc.documentElement;
  if (!root) return found;
  walkElements(root, (el) => {
    if (!el.hasAttribute('itemprop') || (el.tagName === 'META' && el.hasAttribute('name'))) return false; // named metas are the meta detector's
    const prop = (el.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/).find((p) => p in ROLES);
    if (!prop || isUnrelated(el)) return false;
    const raw = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.getAttribute('title') ?? shortText(el, LIMITS.bylineChars);
    const parsed = parseAnyDate(raw) ?? parseAnyDate(shortText(el, LIMITS.bylineChars));
    if (!parsed) return false;
    found.push({ role: ROLES[prop]!, source: 'microdata', ...parsed, evidence: raw, location: `[itemprop=${prop}] <${el.tagName.toLowerCase()}>`, weight: prop === 'datecreated' ? WEIGHTS.created : WEIGHTS.microdata });
    return found.length >= LIMITS.timeElements;
  }, LIMITS.scanElements);
  return found;
}
