import type { StampCandidate } from './candidate';
import { WEIGHTS } from './constants';
import { parseAnyDate } from './parse-text-date';

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
