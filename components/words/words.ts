import type { GeneratedI18nStructure } from '#i18n';

/** A key of the message catalogue (locales/en.yml), e.g. 'badge.dismiss'. */
export type MessageKey = keyof GeneratedI18nStructure;

/** Keys with `.one` / `.other` children: messages chosen by Intl.PluralRules. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}.other` ? Base : never }[MessageKey];

/**
 * The reader's language, passed in as data so every component renders the same in Node tests
 * and in the browser: `locale` drives Intl (dates, numbers, ages), `t` reads the catalogue.
 * In the extension it comes from browserWords(); in tests from test/helpers/words.ts.
 */
export interface Words {
  /** A BCP 47 tag: the browser's UI language. */
  readonly locale: string;
  /** The catalogue's message for `key`, with $1..$9 replaced by `subs`. */
  t(key: MessageKey, subs?: readonly string[]): string;
}

/** The message for `count` in the reader's language: `key.one`, `key.other` (or `.few`, `.many`…). */
export function tCount(words: Words, key: PluralKey, count: number, subs: readonly string[] = []): string {
  const category = new Intl.PluralRules(words.locale).select(count);
  const wanted = `${key}.${category}` as MessageKey;
  const all = [...subs, formatNumber(words, count)];
  return words.t(wanted, all) || words.t(`${key}.other` as MessageKey, all);
}

export function formatNumber(words: Words, n: number): string {
  return new Intl.NumberFormat(words.locale).format(n);
}

/** Parts of one line ("12 years old · 12 Jun 2014"): the separator is the same in every language. */
export const SEPARATOR = ' · ';
