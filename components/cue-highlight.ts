import type { ClaimCue } from '../utils/report';
import { el } from './dom';
import { cueWhy } from './words/claim-words';
import type { Words } from './words/words';

/**
 * The sentence as text nodes with each cue span in a <mark> titled with its reason in the reader's language; overlapping or out-of-range
 * spans are skipped, so a bad offset never garbles the sentence.
 */
export function highlightCues(sentence: string, cues: readonly ClaimCue[], words: Words): Node[] {
  const spans = [...cues]
    .filter((cue) => cue.start >= 0 && cue.end <= sentence.length && cue.start < cue.end)
    .sort((a, b) => a.start - b.start);
  const nodes: Node[] = [];
  let at = 0;
  for (const cue of spans) {
    if (cue.start < at) continue;
    if (cue.start > at) nodes.push(document.createTextNode(sentence.slice(at, cue.start)));
    nodes.push(el('mark', { class: `cue cue-${cue.kind}`, title: cueWhy(cue, words) }, sentence.slice(cue.start, cue.end)));
    at = cue.end;
  }
  if (at < sentence.length) nodes.push(document.createTextNode(sentence.slice(at)));
  return nodes;
}
