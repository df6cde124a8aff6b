import type { StampCandidate, StampRole } from './candidate';
import { ARTICLE_TYPES, LIMITS, WEIGHTS } from './constants';
import { parseAnyDate } from './parse-text-date';

/** Types whose dates are someone else's when they hang under another node. */
const NESTED_OTHERS = /(?:Review|Comment|Posting)$/;

const FIELDS: Record<string, StampRole> = {
  datePublished: 'published',
  dateCreated: 'published',
  uploadDate: 'published',
  dateModified: 'updated',
};

/** JSON-LD: NewsArticle / Article / @graph / arrays; the article's own nodes count more than a video's or image's. */
export function findJsonLdStamps(doc: Document): StampCandidate[] {
  const found: StampCandidate[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  let budget = LIMITS.jsonLdChars;
  for (let i = 0; i < scripts.length && i < LIMITS.jsonLdScripts; i += 1) {
    const text = scripts[i]!.textContent ?? '';
    budget -= text.length;
    if (budget < 0) break; // megabytes of JSON-LD: stop rather than stall the page
    const data = parseJson(text);
    if (data === undefined) continue;
    for (const { node, nested } of walk(data)) {
      const type = typeName(node['@type']);
      // A review or a comment inside another node (a recipe's, a product's) is a reader's, not the page's.
      const ownDates = (ARTICLE_TYPES.test(type) && !(nested && NESTED_OTHERS.test(type))) || (type === '' && typeof node['headline'] === 'string');
      for (const [field, role] of Object.entries(FIELDS)) {
        const raw = node[field];
        if (typeof raw !== 'string') continue;
        const parsed = parseAnyDate(raw);
        if (!parsed) continue;
        // dateCreated is often the CMS record's birth, days before the story went out: it only counts alone.
        const weight = field === 'dateCreated' ? WEIGHTS.created : ownDates ? WEIGHTS.jsonLdArticle : WEIGHTS.jsonLdOther;
        found.push({ role, source: 'json-ld', ...parsed, evidence: raw, location: `json-ld ${type || 'node'}.${field}`, weight });
      }
    }
  }
  return found;
}

function typeName(type: unknown): string {
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string').find((t) => ARTICLE_TYPES.test(t)) ?? String(type[0] ?? '');
  return '';
}

function parseJson(text: string): unknown {
  // Some CMSs wrap JSON-LD in CDATA or HTML comments.
  const cleaned = text.replace(/^\s*(?:\/\/\s*)?(?:<!\[CDATA\[|<!--)|(?:\/\/\s*)?(?:\]\]>|-->)\s*$/g, '').trim();
  try {
    return JSON.parse(cleaned) as unknown;
  } catch {
    // A stray closing brace or a second object after the first ("}}}" from a hand-edited template): browsers'
    // consumers of JSON-LD differ here; the first complete value is what the page's author wrote for it.
    const first = firstValue(cleaned);
    if (first === null) return undefined;
    try {
      return JSON.parse(first) as unknown;
    } catch {
      return undefined;
    }
  }
}

/** The text of the first complete JSON object or array in `text` (strings and escapes respected), or null. One pass. */
function firstValue(text: string): string | null {
  const open = text[0];
  if (open !== '{' && open !== '[') return null;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i += 1;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth += 1;
    else if (ch === '}' || ch === ']') {
      depth -= 1;
      if (depth === 0) return i + 1 < text.length ? text.slice(0, i + 1) : null;
    }
  }
  return null;
}

/**
 * Every object in the JSON-LD tree in breadth-first order, with whether it hangs under another node (a recipe's
 * user review, an article's embedded video): those describe something else. Bounded so a hostile page
 * cannot make us walk forever.
 */
function* walk(root: unknown, limit: number = LIMITS.jsonLdNodes): Generator<{ node: Record<string, unknown>; nested: boolean }> {
  const queue: { item: unknown; nested: boolean }[] = [{ item: root, nested: false }];
  let seen = 0;
  while (queue.length > 0 && seen < limit) {
    const { item, nested } = queue.shift()!;
    seen += 1;
    if (Array.isArray(item)) queue.push(...item.slice(0, limit).map((child: unknown) => ({ item: child, nested })));
    else if (item && typeof item === 'object') {
      const node = item as Record<string, unknown>;
      yield { node, nested };
      for (const [key, value] of Object.entries(node)) if (value && typeof value === 'object') queue.push({ item: value, nested: nested || key !== '@graph' });
    }
  }
}
