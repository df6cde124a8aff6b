import { describe, expect, it } from 'vitest';
import { NOW } from '../../test/helpers/fixtures';
import { linksReportOf } from './links-report';

const PAGE = `<!doctype html><html><body>
  <a href="/news">Home</a>
  <a href="https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.cnn.com%2F2016%2F11%2F29%2Fpolitics%2Ftransition%2Findex.html&h=AT0">  Trump
  transition </a>
  <a href="https://www.bbc.com/news/world-us-canada-52241221">BBC</a>
</body></html>`;

describe('analyze --links', () => {
  it('reports each outbound link: href as written, the unwrapped target, the address date and age', async () => {
    const report = await linksReportOf(PAGE, 'https://www.facebook.com/feed', NOW);
    expect(report.url).toBe('https://www.facebook.com/feed');
    expect(report.links).toHaveLength(2);
    const [cnn, bbc] = report.links;
    expect(cnn).toMatchObject({
      href: expect.stringContaining('https://l.facebook.com/l.php?u='),
      target: 'https://www.cnn.com/2016/11/29/politics/transition/index.html',
      text: 'Trump transition',
      published: { value: '2016-11-29', day: '2016-11-29', precision: 'day', source: 'url', evidence: '/2016/11/29' },
      age: { count: 9, unit: 'year' },
    });
    expect(bbc).toMatchObject({ target: 'https://www.bbc.com/news/world-us-canada-52241221', published: null, age: null });
    // One JSON line per file: the report round-trips unchanged.
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
