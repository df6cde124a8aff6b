import type { StampFinding } from '../report';
import type { StampCandidate } from './candidate';
import { findCopyrightStamps } from './copyright';
import { findJsonLdStamps } from './json-ld';
import { findMetaStamps } from './meta';
import { reconcile } from './reconcile';
import { isPlausible } from './validate';
import { parseIsoLike } from './parse-date';

/** Detectors, most trustworthy first. Each returns candidates with their evidence. */
const DETECTORS: ReadonlyArray<(doc: Document, url: string) => StampCandidate[]> = [
  findJsonLdStamps,
  findMetaStamps,
  findCopyrightStamps,
];

export interface StampResult {
  published: StampFinding | null;
  updated: StampFinding | null;
  captured: StampFinding | null;
  candidates: StampCandidate[];
}

export function findStamps(doc: Document, url: string, now: Date): StampResult {
  const candidates = DETECTORS.flatMap((detect) => detect(doc, url)).filter((c) => {
    const parsed = parseIsoLike(c.value);
    return parsed !== null && isPlausible(parsed.epoch, now);
  });
  return {
    published: reconcile(candidates, 'published'),
    updated: reconcile(candidates, 'updated'),
    captured: null,
    candidates,
  };
}
