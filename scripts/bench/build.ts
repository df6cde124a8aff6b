import { join, resolve } from 'node:path';
import { build } from 'wxt';

const REPO_ROOT = resolve(import.meta.dirname, '../..');

/**
 * A production Chrome build in mode `bench` (the one build whose content script leaves its performance marks
 * in the page, see entrypoints/content/measure.ts) into a folder of the benchmark's own, so it measures the code as it is now
 * and never races another `wxt build` writing `.output/`. Mode `bench-warm` also runs each page's steps a second
 * time (entrypoints/content/warm-rerun.ts, for npm run bench:warm).
 */
export async function buildChrome(outDir: string, mode: 'bench' | 'bench-warm' = 'bench'): Promise<string> {
  await build({ root: REPO_ROOT, outDir, browser: 'chrome', manifestVersion: 3, mode, logger: quietLogger() });
  // WXT names a build in another mode after it: chrome-mv3-bench.
  return join(outDir, `chrome-mv3-${mode}`);
}

/** WXT's progress lines would break up the one table the benchmark prints. */
function quietLogger(): NonNullable<Parameters<typeof build>[0]>['logger'] {
  const silent = (): void => undefined;
  return {
    debug: silent, log: silent, info: silent, success: silent, level: 0,
    warn: (...args: unknown[]) => console.error(...args),
    error: (...args: unknown[]) => console.error(...args),
    fatal: (...args: unknown[]) => console.error(...args),
  };
}
