/**
 * As Of's analyser on saved pages: one JSON report per file.
 *
 *   npm run analyze -- FILE.html... [--url URL] [--now ISO-DATE] [--pretty]
 *   npm run analyze -- --links FILE.html... [--url URL] [--now ISO-DATE]   (scripts/lib/links-report.ts)
 *
 * Each page is read as Chromium reads it (scripts/lib/load-document.ts: BOM, then the declared charset,
 * a spec-compliant parser). Each file is analysed inside its own guard: a missing, unreadable, oversized
 * (over MAX_PAGE_BYTES) or unparseable file prints one line on stderr and makes the exit status 2;
 * the other files are still reported.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { analyzePage } from '../utils/analyze-page';
import type { PageReport } from '../utils/report';
import { loadPageFile, PageRefused } from './lib/load-document';
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

/** One file's report; throws when the file cannot be read, is refused or defeats the parser. */
async function analyzeFile(file: string, options: CliOptions): Promise<PageReport> {
  const url = options.url ?? pathToFileURL(resolve(file)).href;
  const { document, close } = loadPageFile(file, url);
  try {
    return analyzePage(document, { url, now: options.now });
  } finally {
    await close();
  }
}

/** The one line a failed file gets on stderr. */
function failure(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string' && code.startsWith('E')) return `cannot read ${file}: ${code}`;
  if (error instanceof PageRefused) return `refused ${file}: ${error.message}`;
  if (error instanceof RangeError) return `cannot analyse ${file}: the page is too deeply nested or too large to analyse (${error.message})`;
  const message = error instanceof Error ? error.message : String(error);
  return `cannot analyse ${file}: ${message.split('\n')[0]!.slice(0, 200)}`;
}

async function main(): Promise<void> {
  if (process.argv.includes('--links')) {
    process.exitCode = await runLinksReport(process.argv.slice(2));
    return;
  }
  const options = parseArgs(process.argv.slice(2));
  let failed = false;
  for (const file of options.files) {
    try {
      const report = await analyzeFile(file, options);
      process.stdout.write(`${JSON.stringify(report, null, options.pretty ? 2 : undefined)}\n`);
    } catch (error) {
      failed = true;
      process.stderr.write(`analyze: ${failure(file, error)}\n`);
    }
  }
  process.exitCode = failed ? 2 : 0;
}

void main();
