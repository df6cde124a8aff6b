import { describe, expect, it } from 'vitest';
import { claimsSkipReason, MAX_CLAIMS_DEPTH, MAX_TEXT_WORK } from './analysis-limits';
import { measureText } from './dom/text-work';

function page(depth: number, chars: number, paragraphs = 1): Document {
  const doc = document.implementation.createHTMLDocument('t');
  const text = `${'word '.repeat(Math.ceil(chars / 5 / paragraphs)).slice(0, Math.floor(chars / paragraphs))}`;
  doc.body.innerHTML = `${'<div>'.repeat(depth)}${'<p>x</p>'.replace('x', text).repeat(paragraphs)}${'</div>'.repeat(depth)}`;
  return doc;
}

/** The verdict from the full walk alone, as the guard gave it before its native shortcut. */
function walked(doc: Document): string | null {
  const shape = measureText(doc.body, MAX_TEXT_WORK);
  if (shape.work > MAX_TEXT_WORK) return 'page too large: claims skipped';
  if (shape.maxDepth > MAX_CLAIMS_DEPTH) return `page nested ${shape.maxDepth} deep: claims skipped`;
  return null;
}

describe('the claims guard', () => {
  it('lets an ordinary article through', () => {
    expect(claimsSkipReason(page(12, 30_000, 40))).toBeNull();
  });

  it('still skips a page nested past the limit, however little text it has', () => {
    expect(claimsSkipReason(page(MAX_CLAIMS_DEPTH + 20, 200))).toMatch(/^page nested \d+ deep: claims skipped$/);
  });

  it('still skips a page whose text is too costly to search', () => {
    expect(claimsSkipReason(page(8, 3_000_000, 100))).toBe('page too large: claims skipped');
  });

  it('gives the walk\'s verdict on pages at and around the depths and sizes where its shortcut gives way', () => {
    for (const depth of [1, 20, 38, 39, 40, 41, 60, 255, 256, 257]) {
      for (const chars of [100, 400_000, 600_000, 2_500_000]) {
        const doc = page(depth, chars, 20);
        expect(claimsSkipReason(doc), `${depth} deep, ${chars} characters`).toBe(walked(doc));
      }
    }
  });
});
