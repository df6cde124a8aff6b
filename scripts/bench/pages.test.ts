import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../utils/article/detect-article';
import { forumThreadPage, manyNodesPage, searchResultsPage, singlePageApp } from './pages';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe('generated non-article pages', () => {
  it('are the sizes the issue names', () => {
    expect(parse(searchResultsPage()).querySelectorAll('.result a[href]')).toHaveLength(50);
    expect(parse(forumThreadPage()).querySelectorAll('.post time[datetime]')).toHaveLength(2_000);
    expect(parse(manyNodesPage()).getElementsByTagName('*').length).toBeGreaterThanOrEqual(50_000);
    expect(singlePageApp().length).toBeGreaterThanOrEqual(10_000_000);
  });

  it('render the SPA from its script, so the served page starts as an app shell', () => {
    const shell = parse(singlePageApp(50_000));
    expect(shell.querySelector('#root')?.textContent).toBe('Loading…');
    expect(shell.querySelector('script')?.textContent).toContain('root.innerHTML');
  });

  it('are not articles by the content script\'s first look', () => {
    for (const html of [searchResultsPage(), forumThreadPage(200), manyNodesPage(5_000)]) {
      expect(detectArticle(parse(html)).isArticle).toBe(false);
    }
  });
});
