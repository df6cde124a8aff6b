import type { NoticeFinding } from '../report';
import { selectorFor } from '../dom/selector-for';
import { parseTextDate } from '../stamps/parse-text-date';
import { walkText } from '../stamps/walk';
import { shortText } from '../stamps/region';
import { NOTICE_TRIGGER, patternsInText, type NoticePattern, type StatedAge } from './patterns';
import { webArchiveNotice } from './web-archive-notice';

/** Notices are short: anything longer is a paragraph that merely quotes the wording. */
const MAX_NOTICE_LENGTH = 400;
/** Notices sit at the top of the story or in its byline; past this many text nodes we stop looking. */
const MAX_TEXT_NODES = 20_000;
/** Text nodes with a trigger word whose ancestors are read: bounds the step on a page that repeats the wording. */
const MAX_CANDIDATES = 200;
const MAX_CLIMB = 4;

/**
 * Finds the publisher's old-story notice: the innermost element whose whole text is a known wording
 * (the first of several copies, e.g. The Guardian's visible and screen-reader labels). Failing that, a
 * web-archive capture (by its address or its injected toolbar) is reported as a notice of its own kind.
 */
export function findNotice(doc: Document, url = ''): NoticeFinding | null {
  return publisherNotice(doc) ?? webArchiveNotice(doc, url);
}

function publisherNotice(doc: Document): NoticeFinding | null {
  const body = doc.body;
  // The page's text is one native read; only a page whose text holds some notice wording is searched by element.
  const present = body ? patternsInText(body.textContent ?? '') : [];
  if (!body || present.length === 0) return null;
  let found: NoticeFinding | null = null;
  let candidates = 0;
  walkText(body, (node) => {
    const value = node.nodeValue ?? '';
    if (value.length < 5 || !NOTICE_TRIGGER.test(value)) return false;
    if ((candidates += 1) > MAX_CANDIDATES) return true;
    // Climb from the text to the element that holds the whole notice ("more than <strong>5 years old</strong>").
    let el = node.parentElement;
    for (let depth = 0; el && depth < MAX_CLIMB; depth += 1, el = el.parentElement) {
      // Bounded read: a big ancestor costs no more than a notice-sized one.
      const text = shortText(el, MAX_NOTICE_LENGTH + 1);
      if (text.length > MAX_NOTICE_LENGTH) break;
      const match = matchNotice(text, present);
      if (match) {
        found = { ...match, text, selector: selectorFor(el), tagName: el.tagName.toLowerCase(), agreesWithStamps: null };
        return true;
      }
    }
    return false;
  }, MAX_TEXT_NODES);
  return found;
}

function matchNotice(text: string, patterns: readonly NoticePattern[]): Pick<NoticeFinding, 'kind' | 'statedAge'> | null {
  for (const p of patterns) {
    const m = p.pattern.exec(text);
    if (!m) continue;
    let statedAge: StatedAge | null = p.stated?.(m) ?? null;
    if (p.kind === 'dated-story') {
      const date = parseTextDate(m[1] ?? '');
      statedAge = date?.day ? { date: date.day } : null;
    }
    return { kind: p.kind, statedAge };
  }
  return null;
}
