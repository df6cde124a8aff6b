import { join, resolve } from 'node:path';
import { build } from 'wxt';

const REPO_ROOT = resolve(import.meta.dirname, '../..');

/**
 * A production Chrome build into a folder of the benchmark's own, so it measures the code as it is now
 * and never races another `wxt build` writing `.output/`.
 */
export async function buildChrome(outDir: string): Promise<string> {
  await build({ root: REPO_ROOT, outDir, browser: 'chrome', manifestVersion: 3, mode: 'bench', logger: quietLogger() });
  return join(outDir, 'chrome-mv3');
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
