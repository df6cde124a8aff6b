import type { AgeInfo } from '../report';

/** How much of a date an address states. */
export type AddressPrecision = 'day' | 'month';

/** The date a link's address states, with the text it was read from. */
export interface AddressDate {
  /** `YYYY-MM-DD` (day) or `YYYY-MM` (month). */
  value: string;
  /** The calendar day, or null at month precision. */
  day: string | null;
  precision: AddressPrecision;
  source: 'url';
  /** The part of the address that states the date, as written ("/2014/06/12/"). */
  evidence: string;
  /** The registry entry that matched (see address-date-patterns.ts). */
  pattern: string;
}

/** One outbound, article-looking link of a page. */
export interface DatedLink {
  /** The address as written in the page, made absolute. */
  href: string;
  /** The address after unwrapping redirectors (l.facebook.com, google.com/url, …). */
  target: string;
  /** The link's visible text, whitespace collapsed, at most 200 characters. */
  text: string;
  published: AddressDate | null;
  age: AgeInfo | null;
}

/** A link as found in a page or handed over as data. */
export interface LinkInput {
  href: string;
  text?: string;
}
