import type { NoticeFinding, NoticeKind } from '../report';

export type StatedAge = NonNullable<NoticeFinding['statedAge']>;

export interface NoticePattern {
  kind: NoticeKind;
  /** Matched against an element's own collapsed text, anchored at its start. */
  pattern: RegExp;
  /** Reads the age or date the notice states from the match. */
  stated?: (m: RegExpExecArray) => StatedAge | null;
  /**
   * A word every such notice contains (a regex without capturing groups, shared by patterns that need
   * the same word). One small regex of all cues scans the page's text before any full pattern is
   * compiled: a fresh page pays some 2 ms to compile them all. Distinct cues must never overlap in a
   * text ("archive" and "archiv" would), or the scan would report only one of them.
   */
  cue: string;
}

/** Small counts written as words (en, de, fr, es). */
const COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  ein: 1, einem: 1, einen: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, un: 1, une: 1, deux: 2, trois: 3, cinq: 5,
  uno: 1, dos: 2, tres: 3, cinco: 5,
};
const COUNT = `(\\d{1,2}|${Object.keys(COUNT_WORDS).join('|')})`;

export function countOf(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : COUNT_WORDS[word.toLowerCase()] ?? 1;
}

/** "5 years" / "a year" / "6 months" (and Jahre, ans, años, Monate, mois, meses) as a lower bound. */
function ageBound(count: string, unit: string): StatedAge {
  const n = countOf(count);
  return /^(?:y|jahr|an|año|ann)/i.test(unit) ? { minYears: n } : { minMonths: n };
}
const YEAR_OR_MONTH = '(years?|months?|jahre?n?|monate?n?|ans?|années?|mois|años?|mes(?:es)?)';

/** Wording publishers put on old stories. The tested ones are quoted from real pages (see notice tests). */
export const NOTICE_PATTERNS: readonly NoticePattern[] = [
  // Nexstar local-TV sites.
  { kind: 'archived', pattern: /^This is an archived article and the information in the article may be outdated\b/i, cue: 'archiv' },
  // The Guardian ("This article is more than 5 years old"), Quartz ("... more than 2 years old.").
  { kind: 'age-label', pattern: new RegExp(`^This (?:article|story|post|page) is (?:more than|over) ${COUNT} ${YEAR_OR_MONTH} old\\b`, 'i'), stated: (m) => ageBound(m[1]!, m[2]!), cue: '(?:years?|months?) old' },
  // The Times of India: "This story is from October 9, 2019" (filled in by find-notice with the date it names).
  { kind: 'dated-story', pattern: /^This (?:story|article) is from ([A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})\b/, cue: 'is from' },
  { kind: 'archived', pattern: /^(?:This (?:article|story|page|post) is from (?:the|our) archives?|From the archives?\b|Archived(?: article| story| page| content)?\s*[:\-–]|This (?:article|page|story) (?:has been|was) archived\b)/i, cue: 'archiv' },
  { kind: 'outdated-content', pattern: /^(?:Older articles may contain outdated (?:content|information)|This (?:article|page|post|content) (?:may|might) be (?:outdated|out of date)|The information in this (?:article|post|page) may be (?:outdated|out of date))\b/i, cue: 'outdated|out of date' },
  // German, French and Spanish forms of the age label ("Este artículo tiene 15 años de antigüedad").
  { kind: 'age-label', pattern: new RegExp(`^Dieser (?:Artikel|Beitrag|Text) ist (?:mehr als|über|älter als) ${COUNT} ${YEAR_OR_MONTH}(?: alt)?`, 'i'), stated: (m) => ageBound(m[1]!, m[2]!), cue: 'dieser (?:artikel|beitrag|text)' },
  { kind: 'age-label', pattern: new RegExp(`^Cet article (?:a|date de) plus d[e'] ?${COUNT} ${YEAR_OR_MONTH}`, 'i'), stated: (m) => ageBound(m[1]!, m[2]!), cue: 'cet article' },
  { kind: 'age-label', pattern: new RegExp(`^Este (?:artículo|articulo) tiene (?:más de )?${COUNT} ${YEAR_OR_MONTH}(?: de antigüedad)?`, 'i'), stated: (m) => ageBound(m[1]!, m[2]!), cue: 'este art[ií]culo' },
  { kind: 'archived', pattern: /^(?:Dieser (?:Artikel|Beitrag) stammt aus dem Archiv|Archiv(?:artikel)?\s*:|Cet article est (?:issu|tiré) de nos archives|Article archivé|Este (?:artículo|contenido) (?:es|forma parte) de(?:l| nuestro) archivo)/i, cue: 'archiv' },
];

/**
 * The page-text form of a pattern or cue: no anchors or word boundaries (textContent runs one block's
 * last word into the next one's first), and spaces widened to any whitespace.
 */
function loose(source: string): string {
  return source.replace(/^\^/, '').replaceAll('\\b', '').replaceAll(' ', '\\s+');
}

const CUE_WORDS = [...new Set(NOTICE_PATTERNS.map((p) => p.cue))];
/** Every cue in one pass: group i + 1 is CUE_WORDS[i]. */
const CUES = new RegExp(CUE_WORDS.map((cue) => `(${loose(cue)})`).join('|'), 'gi');
/** Each pattern found anywhere in a text; a RegExp compiles on its first use, so uncued ones cost nothing. */
const ANYWHERE = new Map(NOTICE_PATTERNS.map((p) => [p, new RegExp(loose(p.pattern.source), p.pattern.flags)]));

/**
 * The patterns whose wording a whole page's text holds somewhere: one native scan for their cues, then
 * a full test of the cued patterns only. Most pages hold none, and their element search is skipped.
 */
export function patternsInText(text: string): NoticePattern[] {
  const cued = new Set<string>();
  for (const m of text.matchAll(CUES)) {
    cued.add(CUE_WORDS[m.findIndex((group, i) => i > 0 && group !== undefined) - 1]!);
    if (cued.size === CUE_WORDS.length) break;
  }
  return NOTICE_PATTERNS.filter((p) => cued.has(p.cue) && ANYWHERE.get(p)!.test(text));
}

/** A cheap first test on a text node before the anchored patterns run on its elements. */
export const NOTICE_TRIGGER = /archiv|more than|is from|outdated|out of date|over \d|älter|mehr als|über \d|plus d|más de|antigüedad|años/i;
