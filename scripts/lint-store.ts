/**
 * Store-readiness of the two builds (run after `npm run build:all`; builds them if missing):
 *  - Firefox: web-ext lint (addons-linter, as AMO runs it) must report no error and no warning.
 *  - Chrome: manifest V3 with a service worker, no loosened CSP, no remote or string-built code.
 * Exits non-zero with every finding listed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromeBuildProblems, type LintMessage } from './lib/store-rules';

const ROOT = resolve(import.meta.dirname, '..');
const FIREFOX_DIR = join(ROOT, process.env.AS_OF_OUT ?? '.output', 'firefox-mv2');
const CHROME_DIR = join(ROOT, process.env.AS_OF_OUT ?? '.output', 'chrome-mv3');

function ensureBuilt(dir: string, args: string[]): void {
  if (!existsSync(join(dir, 'manifest.json'))) execFileSync('npx', ['wxt', 'build', ...args], { cwd: ROOT, stdio: 'inherit' });
}

function lintFirefox(): { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] } {
  let out: string;
  try {
    out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-config-discovery'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    // web-ext exits non-zero when it finds errors; its JSON is still on stdout.
    out = String((error as { stdout?: string }).stdout ?? '');
  }
  return JSON.parse(out.slice(out.indexOf('{'))) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
}

function filesIn(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(js|html|json)$/.test(name))
    .map((name) => ({ path: name, text: readFileSync(join(dir, name), 'utf8') }));
}

ensureBuilt(FIREFOX_DIR, ['-b', 'firefox']);
ensureBuilt(CHROME_DIR, []);

const firefox = lintFirefox();
const describe = (m: LintMessage): string => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`;
console.log(`web-ext lint (Firefox build): ${firefox.errors.length} errors, ${firefox.warnings.length} warnings, ${firefox.notices.length} notices`);
for (const m of [...firefox.errors, ...firefox.warnings, ...firefox.notices]) console.log(`  ${m._type}: ${describe(m)}`);

const manifest = JSON.parse(readFileSync(join(CHROME_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const chrome = chromeBuildProblems(manifest, filesIn(CHROME_DIR));
console.log(`Chrome build rules: ${chrome.length} problems`);
for (const problem of chrome) console.log(`  ${problem}`);

if (firefox.errors.length + firefox.warnings.length + chrome.length > 0) {
  console.error('lint:store failed');
  process.exit(1);
}
console.log('lint:store passed');
