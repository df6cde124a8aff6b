import type { NoticeFinding, NoticeKind } from '../../report';

export type StatedAge = NonNullable<NoticeFinding['statedAge']>;

/** A place the wording was seen, quoted as the page (or the software that prints it) writes it. */
export interface NoticeExample {
  text: string;
  /** What the notice states, when it states an age or a date. */
  statedAge?: StatedAge | null;
  seen: string;
}

/**
 * One wording publishers put on old stories: everything about it in one entry, so the page-text scan,
 * the element match and the tests all come from here.
 */
export interface NoticeWording {
  kind: NoticeKind;
  /** The wording at the start of the notice's own text (an optional "Note:" label or icon may precede it). */
  pattern: RegExp;
  /** Reads the age or date the notice states from the match. */
  stated?: (m: RegExpExecArray) => StatedAge | null;
  /**
   * A word every such notice contains (a regex without capturing groups, shared by wordings that need the
   * same word). One small regex of all cues scans the page's text before any full pattern is compiled.
   * Distinct cues must never overlap in a text ("archive" and "archiv" would): the scan reports one per place.
   */
  cue: string;
  examples: readonly NoticeExample[];
}

/** "(\d{1,2}|a|one|two…)" for a language's small count words. */
export function countPattern(words: Readonly<Record<string, number>>): string {
  return `(\\d{1,2}|${Object.keys(words).join('|')})`;
}

/**
 * The lower bound an age label states: "more than 5 years" is { minYears: 5 }. `count` and `unit` are
 * the match's groups; a unit matching `years` counts years, any other months.
 */
export function ageBound(words: Readonly<Record<string, number>>, years: RegExp, countGroup = 1, unitGroup = 2): (m: RegExpExecArray) => StatedAge {
  return (m) => {
    const count = m[countGroup] ?? '1';
    const n = /^\d+$/.test(count) ? Number(count) : words[count.toLowerCase()] ?? 1;
    return years.test(m[unitGroup] ?? '') ? { minYears: n } : { minMonths: n };
  };
}
