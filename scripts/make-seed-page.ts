/**
 * Builds seeds/archived-article.html from the seed document, laid out the way such a story
 * looks on a local-TV news site: site navigation, the archived banner above the story, headline,
 * byline, body with its subheadings, the copyright line, the trailing comment form and a footer.
 * The seed gives no date other than its copyright year and weekday names, and neither does the page.
 *
 *   npx tsx scripts/make-seed-page.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const seedsDir = fileURLToPath(new URL('../seeds/', import.meta.url));
const lines = readFileSync(`${seedsDir}000_7925d87c309c2d8c.txt`, 'utf8').split('\n').map((l) => l.trim());

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const SUBHEADINGS = new Set([
  'Iraqi official: Nobody has called for U.S. troops',
  'Government open to U.S. strikes on militants',
  'Rapid takeovers',
  'A silver lining?',
]);

const headline = lines[0]!;
const banner = lines.find((l) => l.startsWith('This is an archived article'))!;
const byline = lines.find((l) => l.startsWith('By '))!;
const copyrightIndex = lines.findIndex((l) => l.includes('©'));
const replyIndex = lines.findIndex((l) => l === 'Leave a Reply');
const bodyLines = lines.slice(lines.indexOf(byline) + 1, copyrightIndex).filter(Boolean);
const formLines = lines.slice(replyIndex + 1).filter(Boolean);

const body = bodyLines
  .map((l) => (SUBHEADINGS.has(l) ? `      <h2>${escape(l)}</h2>` : `      <p>${escape(l)}</p>`))
  .join('\n');
const form = formLines.map((l) => `        <p>${escape(l)}</p>`).join('\n');

const html = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escape(headline)} | WXYZ 7 News</title>
  <style>
    body { font-family: Georgia, serif; margin: 0; color: #222; background: #fafafa; }
    .site-header { background: #0b3d91; color: #fff; padding: 12px 24px; display: flex; gap: 24px; align-items: center; }
    .site-header a { color: #fff; text-decoration: none; font-family: Arial, sans-serif; font-size: 14px; }
    .site-header .logo { font-weight: bold; font-size: 20px; margin-right: 24px; }
    main { max-width: 720px; margin: 24px auto; padding: 0 16px; background: #fff; }
    .archived-banner { background: #fff4d6; border-left: 4px solid #e0a800; padding: 10px 14px; font-family: Arial, sans-serif; font-size: 14px; }
    h1 { font-size: 32px; line-height: 1.2; }
    .byline { font-family: Arial, sans-serif; color: #555; }
    .copyright { font-size: 12px; color: #777; }
    .comments { border-top: 1px solid #ddd; margin-top: 32px; font-family: Arial, sans-serif; font-size: 13px; }
    .site-footer { text-align: center; font-family: Arial, sans-serif; font-size: 12px; color: #777; padding: 24px; }
  </style>
</head>
<body>
  <header class="site-header">
    <span class="logo">WXYZ 7 News</span>
    <nav aria-label="Sections"><a href="#">Home</a> <a href="#">News</a> <a href="#">Weather</a> <a href="#">Sports</a> <a href="#">Video</a> <a href="#">Contact us</a></nav>
  </header>
  <main>
    <article class="article">
      <div class="archived-banner" role="note"><p>${escape(banner)}</p></div>
      <h1 class="article-title">${escape(headline)}</h1>
      <p class="byline">${escape(byline)}</p>
      <div class="article-body">
${body}
      </div>
      <p class="copyright">${escape(lines[copyrightIndex]!)}</p>
    </article>
    <section class="comments" id="respond">
      <h3>Leave a Reply</h3>
      <form class="comment-form">
${form}
        <textarea name="comment" aria-label="Comment"></textarea>
        <button type="submit">Post Comment</button>
      </form>
    </section>
  </main>
  <footer class="site-footer"><nav aria-label="Footer"><a href="#">About us</a> · <a href="#">Privacy policy</a> · <a href="#">Terms of use</a></nav></footer>
</body>
</html>
`;

writeFileSync(`${seedsDir}archived-article.html`, html);
console.log(`wrote seeds/archived-article.html (${bodyLines.length} body lines, ${formLines.length} comment-form lines)`);
