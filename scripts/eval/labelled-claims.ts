import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeClaims } from '../../utils/analyze-claims';
import { claimsSource } from '../../utils/claims/claims-source';
import type { Claim, StampFinding } from '../../utils/report';
import { corpusDir, readCorpus } from '../bench/corpus';
import { loadDocument } from '../lib/load-document';
import { scorePage, type ClaimLabels, type PageScore } from './claims-score';

/** The corpus's reference date, as in the tests. */
export const EVAL_NOW = new Date('2026-11-24T12:00:00Z');
const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const LABELS_DIR = process.env.AS_OF_CLAIMS_LABELS ?? resolve(REPO_ROOT, '../shared/claims-labels');

/** The publish stamp as the report would carry it, from the manifest's label. */
function publishedFrom(label: string): StampFinding {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(label)?.[0] ?? null;
  return { value: label, day, precision: day ? 'day' : 'year', source: 'meta', evidence: label, location: 'manifest', confidence: 1, disagreements: [] };
}

/** The popup's path: the page hands over its claims source, the popup parses it and runs analyzeClaims. */
export async function popupClaims(html: string, url: string, published: StampFinding | null): Promise<{ claims: Claim[]; ms: number }> {
  const page = loadDocument(html, url);
  const source = claimsSource(page.document);
  await page.close();
  const popup = loadDocument(source, url);
  const t0 = performance.now();
  const { claims } = analyzeClaims(popup.document, published, EVAL_NOW);
  const ms = performance.now() - t0;
  await popup.close();
  return { claims, ms };
}

export interface LabelledPageResult {
  page: string;
  score: PageScore;
  ms: number;
}

/** Every labelled article of ../shared/claims-labels, read as the popup reads it and scored as its README says. */
export async function scoreLabelledSet(): Promise<LabelledPageResult[]> {
  const pages = new Map(readCorpus().map((p) => [p.id, p]));
  const results: LabelledPageResult[] = [];
  for (const file of readdirSync(LABELS_DIR).filter((f) => f.endsWith('.json')).sort()) {
    const labels = JSON.parse(readFileSync(join(LABELS_DIR, file), 'utf8')) as ClaimLabels;
    const page = pages.get(labels.page);
    if (!page) throw new Error(`${labels.page} is not in the corpus manifest at ${corpusDir()}`);
    const { claims, ms } = await popupClaims(readFileSync(page.file, 'utf8'), page.url, publishedFrom(labels.published));
    results.push({ page: labels.page, score: scorePage(claims, labels), ms });
  }
  return results;
}

export const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** The means the issue sets targets on: recall of strong sentences, P@k, list precision, furniture hits, list length. */
export function meansOf(scores: readonly PageScore[]): { recall: number; pAtK: number; precision: number; timeless: number; furniture: number; listed: number } {
  const mean = (f: (s: PageScore) => number): number => scores.reduce((a, s) => a + f(s), 0) / scores.length;
  return {
    recall: mean((s) => ratio(s.strongFound, s.strong)),
    pAtK: mean((s) => ratio(s.topHits, s.strong)),
    precision: mean((s) => ratio(s.listedKeyed, s.listed)),
    timeless: mean((s) => s.timelessHits),
    furniture: mean((s) => s.furnitureHits),
    listed: mean((s) => s.listed),
  };
}
