import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** One labelled page of ../shared/corpus, with the address it was saved from. */
export interface CorpusPage {
  id: string;
  url: string;
  file: string;
}

const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** shared/ sits beside the clone, in CI as here; $AS_OF_CORPUS overrides it. */
export function corpusDir(): string {
  const dir = process.env.AS_OF_CORPUS ?? resolve(REPO_ROOT, '../shared/corpus');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No corpus at ${dir} (expected manifest.json and pages/)`);
  return dir;
}

export function readCorpus(dir = corpusDir()): CorpusPage[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { id: string; url: string }[];
  return manifest.map(({ id, url }) => ({ id, url, file: join(dir, 'pages', `${id}.html`) }));
}
