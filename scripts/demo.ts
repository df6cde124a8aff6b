/**
 * The demo a newcomer runs first: builds the Chrome extension, opens the seed article in Debian's
 * Chromium with it (headless without a display), waits for the age badge, saves a screenshot of the top
 * of the page and prints what As Of found.
 *
 *   npm run demo
 *
 * Exits non-zero with a one-line reason when any step fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { analyzePage } from '../utils/analyze-page';
import { extensionBuildDir, launchChromium, type ExtensionBrowser } from './lib/browsers';
import { loadDocument } from './lib/load-document';
import { findBadgeHost, waitForBadgeText } from './lib/page-badge';
import { serveDirectory, type StaticServer } from './lib/serve';

const REPO_ROOT = resolve(import.meta.dirname, '..');
const SEEDS_DIR = join(REPO_ROOT, 'seeds');
const SEED_PAGE = 'archived-article.html';
const SCREENSHOT = join(REPO_ROOT, 'docs', 'screenshots', 'demo-seed-page.png');
const VIEWPORT = { width: 1100, height: 720 };

function buildChromeExtension(): void {
  const wxt = join(REPO_ROOT, 'node_modules', '.bin', 'wxt');
  const result = spawnSync(wxt, ['build'], { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`\`wxt build\` failed (exit ${result.status ?? result.signal})`);
}

async function printReport(url: string, badge: string): Promise<void> {
  // The same analyser the content script ran, on the same HTML, with today's date.
  const { document, close } = loadDocument(await readFile(join(SEEDS_DIR, SEED_PAGE), 'utf8'), url);
  const report = analyzePage(document, { url, now: new Date() });
  await close();
  process.stdout.write(`\nBadge on the page: ${badge}\n`);
  process.stdout.write(`Screenshot: ${relative(REPO_ROOT, SCREENSHOT)}\n\nReport:\n${JSON.stringify(report, null, 2)}\n`);
}

async function main(): Promise<void> {
  buildChromeExtension();
  let server: StaticServer | undefined;
  let run: ExtensionBrowser | undefined;
  try {
    server = await serveDirectory(SEEDS_DIR);
    run = await launchChromium({ extensionPath: extensionBuildDir('chromium'), headless: !process.env.DISPLAY });
    const url = server.url(SEED_PAGE);
    const page = await run.openPage(url);
    await page.setViewport(VIEWPORT);
    const badge = await waitForBadgeText(page);
    // The badge sits under the archived notice near the top; make sure the shot shows it.
    const box = await (await findBadgeHost(page))?.boundingBox();
    if (!box || box.y + box.height > VIEWPORT.height) throw new Error('The badge is not in the top of the page');
    await mkdir(join(REPO_ROOT, 'docs', 'screenshots'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT as `${string}.png` });
    await printReport(url, badge);
  } finally {
    await run?.close();
    await server?.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`demo failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
