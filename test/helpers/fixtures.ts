import { readFileSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';

// happy-dom replaces the global URL; file paths need Node's own.

/** The reference time every test pins: the day the project's expectations were written. */
export const NOW = new Date('2026-11-24T12:00:00Z');

export const SEED_PAGE_PATH = fileURLToPath(new NodeURL('../../seeds/archived-article.html', import.meta.url));
export const SEED_URL = 'http://127.0.0.1/archived-article.html';

/** Parses HTML with the test environment's DOMParser (happy-dom under vitest). */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function seedDocument(): Document {
  return parseHtml(readFileSync(SEED_PAGE_PATH, 'utf8'));
}
