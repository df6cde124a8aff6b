import { labelToName, TextDecoder } from '@exodus/bytes/encoding.js';
import sniffHTMLEncoding from 'html-encoding-sniffer';

/** Where the encoding a page was read with came from. */
export type EncodingSource = 'bom' | 'declared' | 'utf-8 bytes' | 'default';

export interface DecodedPage {
  html: string;
  /** The WHATWG name of the encoding, e.g. "UTF-8", "windows-1252", "EUC-KR". */
  encoding: string;
  source: EncodingSource;
}

const UNDECLARED = 'x-as-of-undeclared';

/**
 * Saved page bytes to text, as a browser decodes a page it has no HTTP header for
 * (HTML standard, "determining the character encoding"):
 *   1. a byte order mark wins;
 *   2. then the charset the page declares in its first 1024 bytes (`<meta charset>`,
 *      `<meta http-equiv="content-type" content="…; charset=…">`), by the standard's prescan;
 *   3. with nothing declared, the standard lets the browser guess: Chromium and Firefox read bytes that
 *      are valid UTF-8 as UTF-8 (file: pages, and their content detectors), and anything else as the
 *      locale default, windows-1252 for the Latin-script locales our pages come from.
 * Decoding is never fatal: a byte the encoding has no character for becomes U+FFFD, as in a browser.
 */
export function decodePage(bytes: Uint8Array): DecodedPage {
  const sniffed = sniff(bytes);
  if (sniffed !== UNDECLARED) {
    return { html: decode(bytes, sniffed), encoding: sniffed, source: hasBom(bytes) ? 'bom' : 'declared' };
  }
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { html: utf8, encoding: 'UTF-8', source: 'utf-8 bytes' };
  return { html: decode(bytes, 'windows-1252'), encoding: 'windows-1252', source: 'default' };
}

function sniff(bytes: Uint8Array): string {
  try {
    return sniffHTMLEncoding(bytes, { defaultEncoding: UNDECLARED });
  } catch {
    // html-encoding-sniffer 6.0.0 throws on a meta whose content ends right after "charset=" (the standard
    // says: that meta names nothing, go on). Rescan the same 1024 bytes for the first charset that names one.
    return prescanFallback(bytes);
  }
}

function prescanFallback(bytes: Uint8Array): string {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024)).replace(/<!--[\s\S]*?-->/g, '');
  for (const [, label] of head.matchAll(/<meta\b[^>]*?charset\s*=\s*["']?\s*([^\s"'>;/]+)/gi)) {
    const name = labelToName(label!);
    if (name) return /^UTF-16/i.test(name) ? 'UTF-8' : name === 'x-user-defined' ? 'windows-1252' : name;
  }
  return UNDECLARED;
}

function hasBom(bytes: Uint8Array): boolean {
  const [a, b, c] = bytes;
  return (a === 0xef && b === 0xbb && c === 0xbf) || (a === 0xfe && b === 0xff) || (a === 0xff && b === 0xfe);
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new globalThis.TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The Encoding Standard's decoders from @exodus/bytes (jsdom's own): Node's built-in TextDecoder reads
 * windows-1252 as latin-1 (0x96 becomes U+0096, not "–"), which would garble quotes and dashes.
 */
function decode(bytes: Uint8Array, encoding: string): string {
  // The standard's "replacement" encoding (ISO-2022-KR, HZ-GB-2312, …) decodes any input to one U+FFFD.
  if (encoding === 'replacement') return bytes.length ? '\uFFFD' : '';
  return new TextDecoder(encoding).decode(bytes);
}
