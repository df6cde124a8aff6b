import type { StampCandidate, StampRole } from './candidate';
import { parseIsoLike } from './parse-date';

const FIELDS: Record<string, StampRole> = {
  datePublished: 'published',
  dateCreated: 'published',
  uploadDate: 'published',
  dateModified: 'updated',
};

export function findJsonLdStamps(doc: Document): StampCandidate[] {
  const found: StampCandidate[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const data = parseJson(script.textContent ?? '');
    if (data === undefined) continue;
    for (const node of walk(data)) {
      for (const [field, role] of Object.entries(FIELDS)) {
        const raw = node[field];
        if (typeof raw !== 'string') continue;
        const parsed = parseIsoLike(raw);
        if (!parsed) continue;
        found.push({ role, source: 'json-ld', ...parsed, evidence: raw, location: `json-ld ${String(node['@type'] ?? '')}.${field}`, weight: 0.9 });
      }
    }
  }
  return found;
}

function parseJson(text: string): unknown {
  // Some CMSs wrap JSON-LD in CDATA or HTML comments.
  const cleaned = text.replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|\/\/\s*\]\]>\s*$|\]\]>\s*$/g, '').trim();
  try {
    return JSON.parse(cleaned) as unknown;
  } catch {
    return undefined;
  }
}

/** Every object in the JSON-LD tree, bounded so a hostile page cannot make us walk forever. */
function* walk(root: unknown, limit = 2_000): Generator<Record<string, unknown>> {
  const stack: unknown[] = [root];
  let seen = 0;
  while (stack.length > 0 && seen < limit) {
    const item = stack.pop();
    seen += 1;
    if (Array.isArray(item)) stack.push(...item);
    else if (item && typeof item === 'object') {
      const node = item as Record<string, unknown>;
      yield node;
      for (const value of Object.values(node)) if (value && typeof value === 'object') stack.push(value);
    }
  }
}
