import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../corpus';

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
