import type { NoticeKind } from '../report';

export interface NoticePattern {
  kind: NoticeKind;
  /** Matched against an element's own collapsed text. */
  pattern: RegExp;
}

/** Wording publishers put on old stories. Patterns are anchored to the start of the element's text. */
export const NOTICE_PATTERNS: readonly NoticePattern[] = [
  { kind: 'archived', pattern: /^This is an archived article and the information in the article may be outdated\b/i },
  { kind: 'age-label', pattern: /^This (?:article|story) is more than (?:a|an|one|\d+) (?:years?|months?) old\b/i },
  { kind: 'dated-story', pattern: /^This story is from [A-Z][a-z]+ \d{1,2}, \d{4}\b/ },
  { kind: 'archived', pattern: /^This (?:article|story) is from the archives?\b/i },
  { kind: 'outdated-content', pattern: /^Older articles may contain outdated content\b/i },
];
