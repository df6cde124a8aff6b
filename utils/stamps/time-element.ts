import type { StampCandidate, StampRole } from './candidate';
import { LIMITS, WEIGHTS } from './constants';
import { parseAnyDate } from './parse-text-date';
import { dateOrderOf } from '../time/date-order';
import { isUnrelated, shortText } from './region';
import { roleFromLabel } from './role-words';

const UPDATED_CLASS = /updated|modified|aktualisiert/i;
const PUBLISHED_CLASS = /(?:^|[\s_-])published(?:$|[\s_-])/i;

/** `<time datetime>` elements of the article itself (not those of sidebars, video widgets or comments). */
export function findTimeElementStamps(doc: Document, _url = '', headline: Element | null = null): StampCandidate[] {
  const found: StampCandidate[] = [];
  // The browser's own tag index, in document order: no walk over the rest of the page.
  const times = doc.body?.getElementsByTagName('time') ?? [];
  for (let index = 0; index < Math.min(times.length, LIMITS.timeElements); index += 1) {
    const el = times[index]!;
    if (el.hasAttribute('itemprop') || isUnrelated(el, headline)) continue; // itemprop times are microdata's
    const raw = el.getAttribute('datetime') ?? shortText(el, LIMITS.bylineChars);
    const parsed = parseAnyDate(raw, dateOrderOf(doc));
    if (!parsed) continue;
    found.push({ role: roleOf(el), source: 'time-element', ...parsed, evidence: raw, location: `time[${index}]${el.className ? `.${el.className.split(/\s+/)[0]}` : ''}`, weight: WEIGHTS.timeElement });
  }
  return found;
}

function roleOf(el: Element): StampRole {
  if (el.hasAttribute('pubdate')) return 'published';
  // WordPress marks an unmodified post's one date "entry-date updated published": it is the publication.
  const cls = el.getAttribute('class') ?? '';
  if (UPDATED_CLASS.test(cls) && !PUBLISHED_CLASS.test(cls)) return 'updated';
  const before = precedingText(el);
  return roleFromLabel(before) ?? roleFromLabel(shortText(el, 60).slice(0, 30)) ?? 'published';
}

/** Up to 60 characters of text just before the element: "Posted:", "Updated:", "Aktualisiert am". */
function precedingText(el: Element): string {
  let text = '';
  for (let node = el.previousSibling, n = 0; node && n < 3 && text.length < 60; node = node.previousSibling, n += 1) {
    text = (node.textContent ?? '').slice(-60) + text;
  }
  if (text.trim() === '' && el.parentElement) {
    const parent = el.parentElement;
    for (let node = parent.previousSibling, n = 0; node && n < 2 && text.length < 60; node = node.previousSibling, n += 1) {
      text = (node.textContent ?? '').slice(-60) + text;
    }
  }
  return text.replace(/\s+/g, ' ').slice(-60);
}
