/**
 * `npm run analyze -- --links FILE.html... [--url URL] [--now ISO-DATE]`: for each saved page, one JSON
 * line with every outbound, article-looking link and the date its address states (utils/links/).
 * Nothing is fetched. Pages are decoded as a browser does (scripts/lib/load-document.ts). A missing file prints one line on stderr and makes the exit status 2.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { findLinkDates } from '../../utils/links/find-link-dates';
import type { DatedLink } from '../../utils/links/types';
import { loadDocument, readPageText } from './load-document';

export interface LinksReport {
  url: string;
  links: DatedLink[];
}

/** The report for one page's HTML. */
export async function linksReportOf(html: string, url: string, now: Date): Promise<LinksReport> {
  const { document, close } = loadDocument(html, url);
  try {
    return { url, links: findLinkDates(document, { url, now }) };
  } finally {
    await close();
  }
}

/** Runs the --links mode on the command line's arguments; resolves to the exit status. */
export async function runLinksReport(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv.filter((a) => a !== '--links'),
    options: { url: { type: 'string' }, now: { type: 'string' }, pretty: { type: 'boolean' } },
    allowPositionals: true,
  });
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime()) || positionals.length === 0) {
    process.stderr.write(`analyze: ${positionals.length === 0 ? 'no file given' : `--now needs an ISO date, got "${values.now}"`}\n`);
    process.stderr.write('usage: npm run analyze -- --links FILE.html... [--url URL] [--now ISO-DATE]\n');
    return 2;
  }
  let status = 0;
  for (const file of positionals) {
    let html: string;
    try {
      html = readPageText(file);
    } catch (error) {
      process.stderr.write(`analyze: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
      status = 2;
      continue;
    }
    const report = await linksReportOf(html, values.url ?? pathToFileURL(resolve(file)).href, now);
    process.stdout.write(`${JSON.stringify(report, null, values.pretty ? 2 : undefined)}\n`);
  }
  return status;
}
