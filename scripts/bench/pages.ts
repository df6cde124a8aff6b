import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The non-article pages the benchmark adds to the corpus: the pages a reader opens most,
 * where As Of must decide "not an article" and stop. Generated at bench time (the SPA is 10 MB).
 */
export interface BenchPage {
  kind: string;
  file: string;
}

const DAY_MS = 86_400_000;
const BASE_TIME = Date.UTC(2026, 10, 1);
const WORDS = 'market city council report season vote price water school river team plan road budget storm court'.split(' ');

function words(seed: number, count: number): string {
  return Array.from({ length: count }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length]).join(' ');
}

function shell(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

/** 50 result snippets, each with a link, a display URL and a date, as a search engine lists them. */
export function searchResultsPage(): string {
  const results = Array.from({ length: 50 }, (_, i) => {
    const date = new Date(BASE_TIME - i * 37 * DAY_MS).toISOString().slice(0, 10);
    return `<div class="result"><a href="https://example.org/${i}"><h3>${words(i, 6)}</h3></a>`
      + `<cite>example.org › news › ${i}</cite><div class="snippet"><span class="date">${date}</span> — ${words(i, 30)}…</div></div>`;
  });
  const body = `<header><form role="search"><input name="q" value="city budget"><button>Search</button></form></header>`
    + `<main id="results"><div class="stats">About 1,240,000 results</div>${results.join('')}</main>`
    + `<nav class="pages">${Array.from({ length: 10 }, (_, i) => `<a href="?p=${i + 1}">${i + 1}</a>`).join(' ')}</nav>`;
  return shell('city budget - Search', body);
}

/** A 2,000-post thread: usernames, dates and a few paragraphs per post, in a phpBB-like layout. */
export function forumThreadPage(posts = 2_000): string {
  const items = Array.from({ length: posts }, (_, i) => {
    const when = new Date(BASE_TIME - (posts - i) * 3_600_000).toISOString();
    return `<div class="post" id="p${i}"><div class="postprofile"><a class="username" href="/u/${i % 97}">user${i % 97}</a>`
      + `<span class="joined">Joined: 2019</span></div><div class="postbody"><p class="author">Posted <time datetime="${when}">${when.slice(0, 16).replace('T', ' ')}</time></p>`
      + `<div class="content">${words(i, 25)}<br>${words(i + 1, 15)}</div><div class="signature">${words(i + 2, 5)}</div></div></div>`;
  });
  const body = `<div id="wrap"><h2 class="topic-title">Re: ${words(3, 5)}</h2><div class="pagination">2000 posts</div>${items.join('')}</div>`;
  return shell('Board index - forum thread', body);
}

/** About 10 MB of inline JavaScript shaped like a bundle; it renders the app into #root, as SPAs do. */
export function singlePageApp(targetBytes = 10_000_000): string {
  const modules: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i += 1) {
    const chunk = `function m${i}(e,t){var n=${i}*e+t.length;return{id:"m${i}",label:${JSON.stringify(words(i, 12))},value:n,next:function(){return m${i}(n,t)}}}\n`;
    modules.push(chunk);
    size += chunk.length;
  }
  const render = `(function(){var root=document.getElementById("root");var html="<nav class=\\"sidebar\\"></nav><section class=\\"feed\\">";`
    + `for(var i=0;i<300;i++){var m=window["m"+i](i,"x");html+="<div class=\\"card\\"><b>"+m.label+"</b><span>"+m.value+"</span></div>";}`
    + `root.innerHTML=html+"</section>";})();`;
  return shell('Dashboard', `<div id="root"><div class="spinner">Loading…</div></div><script>${modules.join('')}${render}</script>`);
}

/** 50,000 elements: nested divs, spans and a wide data table, with a headline and a little text. */
export function manyNodesPage(target = 50_000): string {
  const parts: string[] = ['<h1>Station readings</h1><p>Hourly readings from every station.</p><div class="grid">'];
  let count = 0;
  for (let group = 0; count < target / 2; group += 1) {
    parts.push(`<div class="group"><div class="row"><span class="k">s${group}</span><span class="v"><b>${group}</b></span></div></div>`);
    count += 5;
  }
  parts.push('</div><table class="data"><tbody>');
  for (let row = 0; count < target; row += 1) {
    parts.push(`<tr><td>${row}</td><td><span>${row * 3}</span></td><td>${WORDS[row % WORDS.length]}</td><td><i>${row % 7}</i></td></tr>`);
    count += 7;
  }
  parts.push('</tbody></table>');
  return shell('Station readings', parts.join(''));
}

/** Writes the four pages into `dir` and lists them. */
export function writeBenchPages(dir: string): BenchPage[] {
  mkdirSync(dir, { recursive: true });
  const pages: [string, string, () => string][] = [
    ['search results', 'search.html', searchResultsPage],
    ['forum thread', 'forum.html', forumThreadPage],
    ['10 MB SPA', 'spa.html', singlePageApp],
    ['50,000 nodes', 'nodes.html', manyNodesPage],
  ];
  return pages.map(([kind, file, make]) => {
    writeFileSync(join(dir, file), make());
    return { kind, file };
  });
}
