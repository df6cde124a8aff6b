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

/**
 * Microformats put the machine-readable date in a `title` attribute of an element classed for its role:
 * hAtom's `<abbr class="published" title="2013-04-04T18:52:11+00:00">` or an empty `<span class="updated" title="…">`
 * (WordPress themes), h-entry's `dt-published`. Only the attribute is read here (the text is the byline reader's,
 * whose one class lookup already matches these elements: "publish", "date"). A class that says both
 * ("entry-date published updated") is the publication, as in the byline reader.
 */
const MICROFORMAT_UPDATED = /(?:^|\s)(?:dt-)?updated(?:\s|$)/;
const MICROFORMAT_PUBLISHED = /(?:^|\s)(?:dt-)?published(?:\s|$)/;
/** A machine-readable stamp is an ISO date; a tooltip in words ("Posted 3 days ago") is not one. */
const ISO_DATE = /^\s*\d{4}-\d{2}-\d{2}/;

export function microformatStamp(el: Element): StampCandidate | null {
  const raw = el.getAttribute('title');
  if (raw === null || !ISO_DATE.test(raw)) return null;
  const cls = el.getAttribute('class') ?? '';
  const published = MICROFORMAT_PUBLISHED.test(cls);
  if (!published && !MICROFORMAT_UPDATED.test(cls)) return null;
  const parsed = parseAnyDate(raw);
  if (!parsed) return null;
  return { role: published ? 'published' : 'updated', source: 'microdata', ...parsed, evidence: raw, location: `<${el.tagName.toLowerCase()} class="${cls.slice(0, 40)}" title>`, weight: WEIGHTS.microdata };
}
