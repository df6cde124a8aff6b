import { NOTICE_WORDINGS } from './wordings';
import type { NoticeWording } from './wordings/types';

export type { StatedAge } from './wordings/types';

/**
 * What may stand before the wording inside the notice's own element: an icon glyph or punctuation, and
 * a label ("Note:", "Hinweis:", "Let op:"). The wording itself is still matched from its first word.
 */
const LEAD = String.raw`^[^A-Za-z0-9À-ɏ]*(?:(?:note|notice|warning|attention|hinweis|achtung|remarque|avis|nota|aviso|atención|avviso|attenzione|let op|opgelet|waarschuwing|info)\s*[:!–-]\s*)?`;

/**
 * The page-text form of a pattern or cue: no anchors or word boundaries (textContent runs one block's
 * last word into the next one's first), and spaces widened to any whitespace.
 */
function loose(source: string): string {
  return source.replace(/^\^/, '').replaceAll('\\b', '').replaceAll(' ', '\\s+');
}

const CUE_WORDS = [...new Set(NOTICE_WORDINGS.map((w) => w.cue))];
/** Every cue in one pass: group i + 1 is CUE_WORDS[i]. Small: a few words, compiled once. */
const CUES = new RegExp(CUE_WORDS.map((cue) => `(${loose(cue)})`).join('|'), 'gi');
/** Regexes compile on first use, so a wording the page does not cue costs nothing. */
const compiled = new Map<NoticeWording, { anywhere: RegExp; element: RegExp }>();
function forms(w: NoticeWording): { anywhere: RegExp; element: RegExp } {
  let f = compiled.get(w);
  if (!f) {
    const flags = w.pattern.flags.replace('g', '');
    f = { anywhere: new RegExp(loose(w.pattern.source), `${flags}g`), element: new RegExp(LEAD + w.pattern.source.replace(/^\^/, ''), flags) };
    compiled.set(w, f);
  }
  return f;
}

/** Where a wording occurs in a page's text: `index` is an offset into that text. */
export interface WordingHit {
  wording: NoticeWording;
  index: number;
}

/**
 * Each wording the page's text holds, with where (up to `maxPerWording` places each, in text order): one
 * native scan for the cues, then a full search for the cued wordings only. Most pages hold none.
 */
export function wordingsInText(text: string, maxPerWording = 5): WordingHit[] {
  const cued = new Set<string>();
  for (const m of text.matchAll(CUES)) {
    cued.add(CUE_WORDS[m.findIndex((group, i) => i > 0 && group !== undefined) - 1]!);
    if (cued.size === CUE_WORDS.length) break;
  }
  const hits: WordingHit[] = [];
  for (const wording of NOTICE_WORDINGS) {
    if (!cued.has(wording.cue)) continue;
    const { anywhere } = forms(wording);
    anywhere.lastIndex = 0;
    for (let n = 0, m = anywhere.exec(text); m && n < maxPerWording; n += 1, m = anywhere.exec(text)) hits.push({ wording, index: m.index });
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** The wording an element's whole text opens with (after an icon or a label), and what it states. */
export function matchWording(text: string, wording: NoticeWording): Pick<import('../report').NoticeFinding, 'kind' | 'statedAge'> | null {
  const m = forms(wording).element.exec(text);
  return m ? { kind: wording.kind, statedAge: wording.stated?.(m) ?? null } : null;
}
