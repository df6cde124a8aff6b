import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { corpusDir } from '../corpus';

/** The two labelled sets: `narrow` is shared/corpus (80 news pages), `wide` is shared/corpus-wide (477 pages). */
export type CorpusName = 'narrow' | 'wide';

/** One labelled page, with the label's calendar day as written. */
export interface LabelledPage {
  corpus: CorpusName;
  id: string;
  url: string;
  file: string;
  /** The label exactly as the manifest gives it (null: the page has no publish date to find). */
  label: string | null;
  /** `YYYY-MM-DD`: the label's own date part (a Z/offset label keeps the day it wrote); null: "no date" is right. */
  labelDay: string | null;
}

/** shared/corpus-wide beside shared/corpus; $AS_OF_CORPUS_WIDE overrides it. */
export function wideCorpusDir(): string {
  const dir = process.env.AS_OF_CORPUS_WIDE ?? resolve(corpusDir(), '../corpus-wide');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No corpus at ${dir} (expected manifest.json and pages/)`);
  return dir;
}

export function readLabelledCorpus(name: CorpusName = 'narrow'): LabelledPage[] {
  const dir = name === 'narrow' ? corpusDir() : wideCorpusDir();
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { id: string; url: string; published: string | null }[];
  return manifest.map(({ id, url, published }) => ({
    corpus: name,
    id,
    url,
    file: join(dir, 'pages', `${id}.html`),
    label: published,
    labelDay: published ? published.slice(0, 10) : null,
  }));
}
