import type { CorpusName } from './corpus';

export interface BenchOptions {
  corpora: CorpusName[];
  /** Run metascraper-date beside As Of (off: a quick run of ours alone). */
  peers: boolean;
  /** Also run Readability's publishedTime (parses every page a second time). */
  readability: boolean;
  /** 'list': misses and wrong pages with their signals; 'none': figures only; 'all': every page. */
  misses: 'list' | 'none' | 'all';
  /** Only pages whose id contains one of these. */
  only: string[];
  /** Write per-page results (id, label, ours, verdict) here. */
  json?: string;
  /** Time the stamps + notice step and each detector in headless Chromium instead of scoring (cold and warm ms). */
  chromium: boolean;
  /** With --chromium: also time the step as `utils/` was at this git revision, page by page in the same run. */
  against?: string;
}

export const USAGE = `usage: npm run bench:dates -- [--corpus wide|narrow|all] [--no-peers] [--readability]
                          [--misses | --no-misses | --verbose] [--only ID-PART]... [--json FILE]
                          [--chromium [--against REV]]   (per-detector ms in headless Chromium, no scoring)`;

export function parseBenchArgs(argv: string[]): BenchOptions {
  const options: BenchOptions = { corpora: ['narrow', 'wide'], peers: true, readability: false, misses: 'list', only: [], chromium: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--corpus') {
      const value = argv[++i];
      if (value === 'all') options.corpora = ['narrow', 'wide'];
      else if (value === 'wide' || value === 'narrow') options.corpora = [value];
      else fail(`--corpus takes wide, narrow or all, got "${value ?? ''}"`);
    } else if (arg === '--no-peers') options.peers = false;
    else if (arg === '--readability') options.readability = true;
    else if (arg === '--chromium') options.chromium = true;
    else if (arg === '--against') options.against = argv[++i] ?? fail('--against needs a git revision');
    else if (arg === '--misses') options.misses = 'list';
    else if (arg === '--no-misses') options.misses = 'none';
    else if (arg === '--verbose') options.misses = 'all';
    else if (arg === '--only') options.only.push(argv[++i] ?? fail('--only needs part of a page id'));
    else if (arg === '--json') options.json = argv[++i] ?? fail('--json needs a file name');
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else fail(`unknown option ${arg}`);
  }
  return options;
}

function fail(message: string): never {
  process.stderr.write(`bench:dates: ${message}\n${USAGE}\n`);
  process.exit(2);
}
