import type { StampCandidate, StampRole } from './candidate';
import { LIMITS, WEIGHTS } from './constants';
import { parseAnyDate } from './parse-text-date';
import { dateOrderOf } from '../time/date-order';
import { isUnrelated, shortText } from './region';

const ROLES: Record<string, StampRole> = { datepublished: 'published', datecreated: 'published', uploaddate: 'published', datemodified: 'updated' };

/** Schema.org microdata: `itemprop="datePublished"` with `content`, `datetime`, `title` or its text. */
export function findMicrodataStamps(doc: Document, _url = '', headline: Element | null = null): StampCandidate[] {
  const found: StampCandidate[] = [];
  // itemprop is found natively, in document order; only those elements are read.
  const items = doc.querySelectorAll('[itemprop]');
  for (let i = 0; i < Math.min(items.length, LIMITS.scanElements) && found.length < LIMITS.timeElements; i += 1) {
    const el = items[i]!;
    if (el.tagName === 'META' && el.hasAttribute('name')) continue; // named metas are the meta detector's
    const prop = (el.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/).find((p) => p in ROLES);
    if (!prop || isUnrelated(el, headline)) continue;
    const raw = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.getAttribute('title') ?? shortText(el, LIMITS.bylineChars);
    const parsed = parseAnyDate(raw, dateOrderOf(doc)) ?? parseAnyDate(shortText(el, LIMITS.bylineChars), dateOrderOf(doc));
    if (!parsed) continue;
    found.push({ role: ROLES[prop]!, source: 'microdata', ...parsed, evidence: raw, location: `[itemprop=${prop}] <${el.tagName.toLowerCase()}>`, weight: prop === 'datecreated' ? WEIGHTS.created : WEIGHTS.microdata });
  }
  return found;
}
