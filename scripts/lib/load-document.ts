import { readFileSync, statSync } from 'node:fs';
import { capNesting } from './cap-nesting';
import { decodePage, type EncodingSource } from './decode-page';
import { parseAsBrowser } from './parse-as-browser';

/**
 * The largest saved page the command-line tools read (bytes). Real article pages are well under 5 MB
 * (the 557 labelled pages: 67 MB together, the largest about 4 MB); a bigger file is refused with a
 * message rather than risking the process's memory on one file.
 */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;

export interface LoadedDocument {
  document: Document;
  /** The encoding the bytes were read with, and why (a string source was already text: "UTF-8", "text"). */
  encoding: string;
  encodingSource: EncodingSource | 'text';
  close: () => Promise<void>;
}

/** A page the tools refuse to read, with a one-line reason for the user. */
export class PageRefused extends Error {}

/**
 * Parses a saved page into a Document the way Chromium would build it, for the CLI, the benchmarks and
 * the corpus checks: bytes are decoded by BOM, then the page's declared charset (see decodePage), and
 * the text is parsed by parse5, an implementation of the HTML standard's tree construction (the
 * algorithm browsers follow: comments, misnested and unclosed tags end up where a browser puts them),
 * with the scripting flag on as in a tab (see parseAsBrowser), into a jsdom Document, nesting capped
 * where Chromium caps it (see capNesting). Scripts never run and nothing is fetched. Unit tests keep
 * happy-dom's DOMParser for small snippets.
 */
export function loadDocument(source: string | Uint8Array, url: string): LoadedDocument {
  if (source.length > MAX_PAGE_BYTES) throw new PageRefused(tooLarge(source.length));
  const decoded = typeof source === 'string'
    ? { html: source, encoding: 'UTF-8', source: 'text' as const }
    : decodePage(source);
  const { document, close } = parseAsBrowser(capNesting(decoded.html), url);
  return {
    document,
    encoding: decoded.encoding,
    encodingSource: decoded.source,
    close: () => {
      close();
      return Promise.resolve();
    },
  };
}

/** Reads a saved page's bytes, refusing a file over MAX_PAGE_BYTES before reading it. */
export function readPageBytes(file: string): Uint8Array {
  const { size } = statSync(file);
  if (size > MAX_PAGE_BYTES) throw new PageRefused(tooLarge(size));
  return readFileSync(file);
}

/** The page's text as a browser decodes it (for tools that take HTML strings, e.g. metascraper). */
export function readPageText(file: string): string {
  return decodePage(readPageBytes(file)).html;
}

/** readPageBytes + loadDocument. */
export function loadPageFile(file: string, url: string): LoadedDocument {
  return loadDocument(readPageBytes(file), url);
}

function tooLarge(size: number): string {
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `file is ${mb(size)}, over the ${mb(MAX_PAGE_BYTES)} limit for one page`;
}
