import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** One labelled page of shared/corpus, with the label's calendar day as written. */
export interface LabelledPage {
  id: string;
  url: string;
  file: string;
  /** The label exactly as the manifest gives it. */
  label: string;
  /** `YYYY-MM-DD`: the label's own date part (a Z/offset label keeps the day it wrote). */
  labelDay: string;
}

const REPO_ROOT = resolve(import.meta.dirname, '../../..');

/** shared/ sits beside the clone (here and in CI); $AS_OF_CORPUS overrides it. */
export function corpusDir(): string {
  const dir = process.env.AS_OF_CORPUS ?? resolve(REPO_ROOT, '../shared/corpus');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No corpus at ${dir} (expected manifest.json and pages/)`);
  return dir;
}

export function readLabelledCorpus(dir = corpusDir()): LabelledPage[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { id: string; url: string; published: string }[];
  return manifest.map(({ id, url, published }) => ({
    id,
    url,
    file: join(dir, 'pages', `${id}.html`),
    label: published,
    labelDay: published.slice(0, 10),
  }));
}
