import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'puppeteer-core';

/** In the live page, ms for our stamp step and Readability's, run side by side in the main world. */
export interface InPageTimes {
  ours: number;
  readabilityMetadata: number;
  readabilityParse: number;
}

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const GLOBAL = '__asOfBenchAnalyzer';

/** analyzePage bundled for the page's main world, plus Readability.js as the browser gets it. */
export async function inPageScripts(): Promise<string> {
  const ours = await build({
    entryPoints: [resolve(REPO_ROOT, 'utils/analyze-page.ts')],
    bundle: true, minify: true, write: false, format: 'iife', globalName: GLOBAL, platform: 'browser', target: 'es2022', logLevel: 'silent',
  });
  const readabilityFile = createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js');
  // tsx compiles the timing function below with esbuild's keepNames, which calls a `__name` helper.
  return `globalThis.__name ??= (f) => f;\n${ours.outputFiles[0]?.text ?? ''}\n${readFileSync(readabilityFile, 'utf8')}\n;globalThis.Readability = Readability;`;
}

/**
 * Runs in the page through DevTools (never blocked by the page's CSP). The two metadata passes are
 * averaged over repeats; Readability's full parse once, on a clone, as its README says.
 */
export async function timeInPage(page: Page, scripts: string, now: Date): Promise<InPageTimes> {
  await page.evaluate(scripts);
  return page.evaluate((global: string, nowIso: string) => {
    type Analyze = (doc: Document, o: { url: string; now: Date; includeClaims: boolean }) => { timings: Record<string, number> };
    type Reader = { _getJSONLD(d: Document): Record<string, unknown>; _getArticleMetadata(j: Record<string, unknown>): unknown; parse(): unknown };
    const scope = globalThis as unknown as Record<string, unknown>;
    const analyze = (scope[global] as { analyzePage: Analyze }).analyzePage;
    const ReadabilityClass = scope.Readability as new (doc: Document) => Reader;
    // Page clocks tick in 0.1 ms steps: repeat short passes for about 5 ms and take the mean.
    const mean = (run: () => number): number => {
      const t0 = performance.now();
      let total = 0;
      let runs = 0;
      while (runs < 3 || (runs < 50 && performance.now() - t0 < 5)) {
        total += run();
        runs += 1;
      }
      return total / runs;
    };
    const clock = (run: () => unknown): number => {
      const t0 = performance.now();
      run();
      return performance.now() - t0;
    };
    const now = new Date(nowIso);
    return {
      ours: mean(() => {
        const { timings } = analyze(document, { url: location.href, now, includeClaims: false });
        return (timings.stamps ?? 0) + (timings.notice ?? 0);
      }),
      readabilityMetadata: mean(() => clock(() => {
        const reader = new ReadabilityClass(document);
        reader._getArticleMetadata(reader._getJSONLD(document));
      })),
      readabilityParse: clock(() => new ReadabilityClass(document.cloneNode(true) as Document).parse()),
    };
  }, GLOBAL, now.toISOString());
}
