import type { Claim } from '../../utils/report';

/** One page of ../shared/claims-labels, as its README defines it. */
export interface ClaimLabels {
  page: string;
  published: string;
  strong: { key: string; cats: string[] }[];
  weak: string[];
  timeless: string[];
  none: string[];
  body_sentences: number;
}

export interface PageScore {
  strong: number;
  strongFound: number;
  topHits: number;
  listed: number;
  listedKeyed: number;
  timelessHits: number;
  furnitureHits: number;
  missed: string[];
  falseFlags: string[];
}

/** The README's normalisation: every run of white space (U+00A0 too) folds to one space, nothing else. */
export const fold = (text: string): string => text.replace(/\s+/gu, ' ');

/** Scores a ranked claims list against one page's labels, exactly per claims-labels/README.md. */
export function scorePage(claims: readonly Claim[], labels: ClaimLabels): PageScore {
  const texts = [...claims].sort((a, b) => b.score - a.score).map((c) => fold(c.text));
  const strongKeys = labels.strong.map((s) => fold(s.key));
  const keyed = [...strongKeys, ...labels.weak.map(fold)];
  const timeless = labels.timeless.map(fold);
  const none = labels.none.map(fold);
  const contains = (text: string, keys: readonly string[]): boolean => keys.some((k) => text.includes(k));
  const k = strongKeys.length;
  return {
    strong: k,
    strongFound: strongKeys.filter((key) => texts.some((t) => t.includes(key))).length,
    topHits: texts.slice(0, k).filter((t) => contains(t, strongKeys)).length,
    listed: texts.length,
    listedKeyed: texts.filter((t) => contains(t, keyed)).length,
    timelessHits: texts.filter((t) => contains(t, timeless)).length,
    furnitureHits: texts.filter((t) => contains(t, none)).length,
    missed: strongKeys.filter((key) => !texts.some((t) => t.includes(key))),
    falseFlags: texts.filter((t) => contains(t, timeless) || contains(t, none)),
  };
}
