import type { DateOrder } from '../time/date-order';
import type { AddressPrecision } from './types';

/** A real address that states its date this way, and the date it states (`YYYY-MM-DD` or `YYYY-MM`). */
export interface AddressExample {
  publisher: string;
  url: string;
  date: string;
}

/**
 * One way publishers write a date into an address. `pattern` is tested (global, lower-cased) against
 * the address's path, or its query for `part: 'query'`; `read` turns a match into year, month, day.
 */
export interface AddressDatePattern {
  id: string;
  precision: AddressPrecision;
  part: 'path' | 'query';
  pattern: RegExp;
  /** `order` is the page's numeric date order, for the one form that can be read either way (dd-mm-yyyy). */
  read(match: RegExpExecArray, order: DateOrder | null): { y: number; m: number; d?: number };
  examples: readonly AddressExample[];
}

/** A four-digit year the web can have written: 1990-2099 (later checks bound it by `now`). */
export const YEAR = '(199\\d|20\\d\\d)';

/** Month names seen in addresses (The Guardian's /2016/nov/29/). */
export const MONTH_WORDS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

export const num = (s: string | undefined): number => Number(s ?? NaN);
