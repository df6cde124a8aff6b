import { describe, expect, it } from 'vitest';
import { NOW, parseHtml } from '../../helpers/fixtures';
import { analyzeSafely } from './invariants';
import { ADVERSARIAL_DATES, SCRIPT_LIKE } from './hostile-values';

function pageWith(head: string, body = '<article><h1>Headline</h1><p>One.</p><p>Two.</p><p>Three.</p><p>Four.</p></article>'): Document {
  return parseHtml(`<!doctype html><html><head><title>Story</title>${head}</head><body>${body}</body></html>`);
}

const jsonLd = (data: string): string => `<script type="application/ld+json">${data}</script>`;
const meta = (name: string, content: string): string => `<meta property="${name}" content="${content.replace(/"/g, '&quot;')}">`;

describe('analyzePage on adversarial dates', () => {
  it.each(ADVERSARIAL_DATES.filter((d) => d !== '1989-12-31T23:59:59Z'))('ignores %j as a publish date where it is impossible', (value) => {
    for (const doc of [pageWith(meta('article:published_time', value)), pageWith(jsonLd(JSON.stringify({ '@type': 'NewsArticle', datePublished: value })))]) {
      const report = analyzeSafely(doc, NOW);
      if (report.published) expect(report.published.value.startsWith('2014-06-12'), `${value} read as ${report.published.value}`).toBe(true);
    }
  });

  it('never dates a page after now: an instant six hours ahead is refused', () => {
    const ahead = new Date(NOW.getTime() + 6 * 3_600_000).toISOString();
    const report = analyzeSafely(pageWith(meta('article:published_time', ahead)), NOW);
    expect(report.published).toBeNull();
  });

  it('never dates a page before 1990', () => {
    expect(analyzeSafely(pageWith(meta('article:published_time', '1989-12-31T23:59:59Z')), NOW).published).toBeNull();
    expect(analyzeSafely(pageWith('', '<footer>© 1989 Old Times</footer>'), NOW).published).toBeNull();
  });

  it('keeps the sound date when a bad one competes with it', () => {
    const report = analyzeSafely(pageWith(jsonLd('{"@type":"NewsArticle","datePublished":"9999-12-31"}') + meta('article:published_time', '2014-06-12T09:40:00-05:00')), NOW);
    expect(report.published).toMatchObject({ value: '2014-06-12T09:40:00-05:00', source: 'meta' });
  });
});

describe('analyzePage on malformed and poisoned JSON-LD', () => {
  const cases: Record<string, string> = {
    'truncated JSON': '{"@type":"NewsArticle","datePublished":"2014-06-12"',
    'a bare number': '1e308',
    'deeply nested arrays': '['.repeat(100_000) + ']'.repeat(100_000),
    'deeply nested objects': '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000),
    '__proto__ holding the date': '{"@type":"NewsArticle","__proto__":{"datePublished":"2014-06-12"}}',
    'constructor and prototype keys': '{"constructor":{"prototype":{"datePublished":"2014-06-12"}},"toString":1}',
    'date as a number': '{"@type":"NewsArticle","datePublished":1e308}',
    'date as an object': '{"@type":"NewsArticle","datePublished":{"@value":"2014-06-12"}}',
    'script-like text': `{"@type":"NewsArticle","headline":"${SCRIPT_LIKE[0]!.replace(/\//g, '\\/')}","datePublished":"2014-06-12"}`,
  };
  it.each(Object.entries(cases))('survives %s', (_name, data) => {
    const doc = pageWith(jsonLd(data));
    analyzeSafely(doc, NOW);
    expect(Object.prototype).not.toHaveProperty('datePublished');
  });

  it('does not pollute Object.prototype through a literal __proto__ key', () => {
    analyzeSafely(pageWith(jsonLd('{"__proto__":{"polluted":"yes"},"@graph":[{"__proto__":{"polluted":"yes"}}]}')), NOW);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('analyzePage on script-like page text', () => {
  it.each(SCRIPT_LIKE)('reports %j as text, unchanged, wherever it is quoted', (text) => {
    const doc = document.implementation.createHTMLDocument(text);
    const notice = doc.createElement('div');
    notice.textContent = `This is an archived article and the information in the article may be outdated. ${text}`;
    const footer = doc.createElement('footer');
    footer.textContent = `© 2014 ${text}`;
    doc.body.append(notice, footer);
    const report = analyzeSafely(doc, NOW);
    expect(report.notice?.text).toContain(text.replace(/\s+/g, ' ').trim());
    expect(report.published?.evidence).toContain('© 2014');
  });
});
