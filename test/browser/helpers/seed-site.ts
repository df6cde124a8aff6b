import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { analyzePage } from '../../../utils/analyze-page';
import type { PageReport } from '../../../utils/report';
import { loadDocument } from '../../../scripts/lib/load-document';

/** The folder the browser tests serve: the seed article page lives here. */
export const SEEDS_DIR = fileURLToPath(new URL('../../../seeds/', import.meta.url));
export const SEED_PAGE = 'archived-article.html';

/**
 * What the analyser says about the seed page at `url` today. The content script reads the real clock,
 * so the browser tests compare against the same code run in Node with the same clock.
 */
export async function seedReportNow(url: string): Promise<PageReport> {
  const html = await readFile(`${SEEDS_DIR}${SEED_PAGE}`, 'utf8');
  const { document, close } = loadDocument(html, url);
  const report = analyzePage(document, { url, now: new Date() });
  await close();
  return report;
}
