import { describe, expect, it } from 'vitest';
import { measureText, textWork } from './text-work';

const body = (html: string): HTMLElement => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;

describe('textWork', () => {
  it('counts each character once per element that holds it', () => {
    expect(textWork(body('abc'), Infinity)).toBe(3);
    expect(textWork(body('<p>abc</p><p>de</p>'), Infinity)).toBe(10);
    expect(textWork(body('<div><p>abc</p></div>x'), Infinity)).toBe(10);
  });

  it('grows with depth, so wrappers around long text cost more', () => {
    expect(textWork(body(`${'<div>'.repeat(100)}${'a'.repeat(1000)}${'</div>'.repeat(100)}`), Infinity)).toBe(101_000);
  });

  it('stops once past the limit', () => {
    expect(textWork(body('<p>abc</p>'.repeat(1000)), 10)).toBeLessThan(20);
  });
});

describe('measureText', () => {
  it('reports the deepest element nesting', () => {
    expect(measureText(body('<p>a</p>'), Infinity).maxDepth).toBe(1);
    expect(measureText(body(`${'<div>'.repeat(50)}x${'</div>'.repeat(50)}`), Infinity).maxDepth).toBe(50);
  });
});
