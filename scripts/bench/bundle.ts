import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Size of a built file as shipped: raw (WXT already minifies) and gzipped at the level stores serve. */
export interface FileSize {
  raw: number;
  gzip: number;
}

export interface Share {
  /** An npm package name, or "own code" for the repository's files. */
  name: string;
  bytes: number;
  share: number;
}

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const PACKAGE_IN_PATH = /node_modules\/((?:@[^/]+\/)?[^/]+)/;

export function fileSize(path: string): FileSize {
  const body = readFileSync(path);
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

/** Which package a bundled input came from: the innermost node_modules folder, else our own code. */
function ownerOf(input: string): string {
  const matches = [...input.matchAll(new RegExp(PACKAGE_IN_PATH.source, 'g'))];
  return matches.at(-1)?.[1] ?? 'own code';
}

/**
 * Bundles an entry point with esbuild (minified, like the release build) and attributes the output
 * bytes to the packages they came from. WXT bundles with Vite, so totals differ a little; the shares hold.
 */
export async function dependencyShares(entry: string): Promise<{ total: number; gzip: number; shares: Share[] }> {
  const result = await build({
    entryPoints: [resolve(REPO_ROOT, entry)],
    absWorkingDir: REPO_ROOT,
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    outdir: join(REPO_ROOT, '.bench-esbuild'),
    // As wxt.config's webextension-polyfill module does for the real build.
    alias: { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' },
    loader: { '.css': 'empty' },
    define: { 'import.meta.env.BROWSER': '"chrome"', 'import.meta.env.MANIFEST_VERSION': '3', 'import.meta.env.DEV': 'false', 'import.meta.env.COMMAND': '"build"' },
    logLevel: 'silent',
  });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'));
  const output = Object.values(result.metafile.outputs).find((out) => out.entryPoint !== undefined);
  if (!js || !output) throw new Error(`esbuild produced no JavaScript for ${entry}`);
  const byOwner = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const owner = ownerOf(relative(REPO_ROOT, resolve(REPO_ROOT, input)));
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + bytesInOutput);
  }
  const total = js.contents.length;
  const shares = [...byOwner].map(([name, bytes]) => ({ name, bytes, share: bytes / total })).sort((a, b) => b.bytes - a.bytes);
  return { total, gzip: gzipSync(js.contents, { level: 9 }).length, shares };
}
