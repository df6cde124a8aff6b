import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../test/helpers/fixtures';
import { detectArticle } from './detect-article';

const TITLE = 'Python Insider: Python 3.6.0 is now available!';
const LINES = ['Python 3.6.0 is the newest major release of the Python language, and it contains many new features and optimizations.', 'Among the new major new features in Python 3.6 are formatted string literals, underscores in numeric literals and variable annotations.', 'Please see the What’s New document for the full list of changes, and report any problems you find to the bug tracker.', 'This is the final release of the 3.6 series to be made available, and the first one with the new asyncio improvements.', 'Binary installers for Windows and macOS are available from the downloads page, with source tarballs for every other system.', 'Thanks to everyone who helped test the release candidates over the last months.'];
const page = (body: string, title = TITLE): Document => parseHtml(`<html><head><title>${title}</title></head><body>${body}</body></html>`);

describe('running text not set in <p> (text-block.ts)', () => {
  it('takes a Blogger post whose body is lines split by <br> under the heading naming the title', () => {
    const doc = page(`<div class="widget Blog"><div class="post hentry"><h3 class="post-title">Python 3.6.0 is now available!</h3>
      <div class="post-body">${LINES.join('<br><br>')}</div><div class="post-footer">Posted by Ned at 5:11 AM</div></div></div>`);
    expect(detectArticle(doc, 'https://pythoninsider.example/2016/12/python-360-is-now-available.html')).toMatchObject({ isArticle: true, reasons: ['one heading naming the title (<h3>)', expect.stringMatching(/characters of running text/)] });
  });

  it('does not take a list of posts (linked headings), a menu of links, or a heading over a short teaser', () => {
    const list = page(`<div class="posts"><h1>Python 3.6.0 is now available!</h1>${LINES.map((l, i) => `<h3><a href="/p${i}">Post ${i}</a></h3><div>${l}</div>`).join('')}</div>`);
    expect(detectArticle(list).isArticle).toBe(false);
    const menu = page(`<div><h1>Python 3.6.0 is now available!</h1>${LINES.map((l) => `<a href="/x">${l}</a><br>`).join('')}</div>`);
    expect(detectArticle(menu).isArticle).toBe(false);
    const teaser = page(`<div><h1>Python 3.6.0 is now available!</h1><div>${LINES[0]}</div></div>`);
    expect(detectArticle(teaser).isArticle).toBe(false);
  });

  it('needs the heading to name the document title: a forum\'s "Latest posts" heading over text is not one post', () => {
    const doc = page(`<div><h1>Latest posts in this forum</h1><div>${LINES.join('<br>')}</div></div>`, 'Community forum');
    expect(detectArticle(doc).isArticle).toBe(false);
  });
});
