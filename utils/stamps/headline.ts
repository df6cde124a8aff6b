import { isUnrelated, shortText } from './region';

/** Classes of a heading that holds a post's title when the page has no usable <h1> (Blogger, WordPress, Drupal themes). */
const TITLE_CLASS = /(?:^|\s)(?:entry-title|post-title|article-title|node-title|headline)(?:\s|$)/;
/** A page has one headline; a handful of <h1> is a site name, a logo or a widget title besides it. */
const MAX_H1 = 8;
/** Headings that carry a post's title when no <h1> does: a press service sets it in an <h4> under its date. */
const SECOND_LEVEL = ['h2', 'h3', 'h4'] as const;
/** Second-level headings and title-classed elements read when no <h1> carries the title. */
const MAX_OTHERS = 30;

/**
 * The article's headline: the <h1> whose words open the document title (the story's own), else the first
 * <h1> inside an <article> or <main>, else the first <h1> outside unrelated regions, else a title-classed
 * element. Native lookups only; at most a few elements are read.
 */
export function findHeadline(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const title = pageTitle(doc);
  const h1s = body.getElementsByTagName('h1');
  let inArticle: Element | null = null;
  let first: Element | null = null;
  // An <h1> that names only the site ("EMACSPEAK" in "EMACSPEAK: Meta-Programming In Emacs") is kept
  // while a heading naming the rest of the title is looked for.
  let siteName: Element | null = null;
  for (let i = 0; i < Math.min(h1s.length, MAX_H1); i += 1) {
    const h1 = h1s[i]!;
    if (namesTitle(h1, title)) {
      if (!namesOnlySite(h1, title)) return h1;
      siteName ??= h1;
      continue;
    }
    if (!usable(h1)) continue;
    if (!inArticle && h1.closest('article, main, [role="main"]')) inArticle = h1;
    first ??= h1;
  }
  // No <h1> carries the title: a theme may set the post's title in an <h2>-<h4> (Blogger's h3.post-title).
  // Tag lookups are the cheapest the browser has; the class is read only on the few found.
  let titled: Element | null = null;
  for (const tag of SECOND_LEVEL) {
    const heads = body.getElementsByTagName(tag);
    for (let i = 0; i < Math.min(heads.length, MAX_OTHERS); i += 1) {
      const head = heads[i]!;
      if (namesTitle(head, title) && !namesOnlySite(head, title)) return head;
      if (!titled && TITLE_CLASS.test(head.getAttribute('class') ?? '')) titled = head;
    }
  }
  return siteName ?? inArticle ?? first ?? titled ?? body.querySelector('[itemprop="headline"]');
}

/** The story's <h1> when it names the page's title, and not only the site's part of it: a sure pick. */
export function titledHeadline(doc: Document): Element | null {
  const found = findHeadline(doc);
  const title = pageTitle(doc);
  return found?.tagName === 'H1' && namesTitle(found, title) && !namesOnlySite(found, title) ? found : null;
}

/** The document title as headlines are compared with it. */
export function pageTitle(doc: Document): string {
  return normalise(doc.title).slice(0, 120);
}

/** A title is "Site: Story", "Story | Site", "Story - Site" or "Site » Section » Story"; the site's part is at most this share of it. */
const SITE_SHARE = 0.5;
const TITLE_SEPARATOR = /\s[:|–—»·-]\s|:\s/;

/** The element's words are the title's site part: shorter than half of it, and the title goes on past a separator. */
function namesOnlySite(el: Element, title: string): boolean {
  const text = normalise(shortText(el, 120));
  if (text.length >= title.length * SITE_SHARE) return false;
  const at = title.indexOf(text);
  const rest = at === 0 ? title.slice(text.length) : at > 0 ? title.slice(0, at) : '';
  return TITLE_SEPARATOR.test(at === 0 ? rest.slice(0, 4) : rest.slice(-4));
}

function usable(el: Element): boolean {
  return shortText(el, 8).length >= 4 && !isUnrelated(el);
}

/** The document title opens with (or holds) the element's words: it is the page's own headline, not the site's name. */
export function namesTitle(el: Element, title: string): boolean {
  const text = normalise(shortText(el, 120));
  return title.length > 0 && text.length >= 15 && (title.includes(text.slice(0, 40)) || text.includes(title.slice(0, 40)));
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
