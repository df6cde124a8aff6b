/**
 * As Of's analyser on saved pages: one JSON report per file.
 *
 *   npm run analyze -- FILE.html... [--url URL] [--now ISO-DATE] [--pretty]
 *   npm run analyze -- --links FILE.html... [--url URL] [--now ISO-DATE]   (scripts/lib/links-report.ts)
 *
 * A missing or unreadable file prints one line on stderr and makes the exit status 2;
 * the other files are still reported.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { analyzePage } from '../utils/analyze-page';
import { loadDocument } from './lib/load-document';
import { runLinksReport } from './lib/links-report';

interface CliOptions { files: string[]; url?: string; now: Date; pretty: boolean }

function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { files: [], now: new Date(), pretty: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--pretty') options.pretty = true;
    else if (arg === '--url') options.url = argv[++i];
    else if (arg === '--now') {
      const value = argv[++i] ?? '';
      const now = new Date(value);
      if (Number.isNaN(now.getTime())) usage(`--now needs an ISO date, got "${value}"`);
      options.now = now;
    } else if (arg === '--help' || arg === '-h') usage();
    else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) usage('no file given');
  return options;
}

function usage(error?: string): never {
  if (error) process.stderr.write(`analyze: ${error}\n`);
  process.stderr.write('usage: npm run analyze -- FILE.html... [--url URL] [--now ISO-DATE] [--pretty]\n');
  process.exit(error ? 2 : 0);
}

async function main(): Promise<void> {
  if (process.argv.includes('--links')) {
    process.exitCode = await runLinksReport(process.argv.slice(2));
    return;
  }
  const options = parseArgs(process.argv.slice(2));
  let failed = false;
  for (const file of options.files) {
    let html: string;
    try {
      html = await readFile(file, 'utf8');
    } catch (error) {
      failed = true;
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      process.stderr.write(`analyze: cannot read ${file}: ${reason}\n`);
      continue;
    }
    const url = options.url ?? pathToFileURL(resolve(file)).href;
    const { document, close } = loadDocument(html, url);
    const report = analyzePage(document, { url, now: options.now });
    await close();
    process.stdout.write(`${JSON.stringify(report, null, options.pretty ? 2 : undefined)}\n`);
  }
  process.exitCode = failed ? 2 : 0;
}

void main();
