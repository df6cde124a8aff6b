/**
 * The cheap first look at a page's text, for pages without article metadata: its first paragraphs, read in
 * document order from one native tag lookup (a live collection read item by item, so it stops as soon as
 * it knows). It answers two questions: does the page have running text at all (most pages that are not
 * articles, such as search results, forum threads, apps and data tables, have none, and need no heading
 * lookups), and which <article> element, if any, holds its first paragraphs. At most MAX_SCANNED
 * paragraphs are read, each by its own text only; no layout is read.
 */
const MAX_SCANNED = 40;
/** Once running text is found, this many paragraphs are enough to look for an <article> element around them. */
const ARTICLE_SCAN = 20;
/** A paragraph of running text, not a caption, a date line or a teaser's one-liner. */
export const PROSE_CHARS = 80;
export const MIN_PROSE = 2;

export interface RunningText {
  /** Paragraphs of running text among those read (reading stops at MIN_PROSE once the <article> question is settled). */
  prose: number;
  /** The outermost <article> element around the first paragraph that sits in one, and its paragraphs. */
  article: Element | null;
  articleParagraphs: number;
}

export function isProse(paragraph: Element): boolean {
  const text = paragraph.textContent ?? '';
  // Most paragraphs that are not running text are short: no trimmed copy is made for them.
  return text.length >= PROSE_CHARS && text.trim().length >= PROSE_CHARS;
}

/** The outermost <article> around a paragraph: a post's own, not an image's or a quote's <article> inside it. */
function outermostArticle(paragraph: Element): Element | null {
  let article = paragraph.closest('article');
  for (let outer = article?.parentElement?.closest('article'); outer; outer = outer.parentElement?.closest('article')) article = outer;
  return article;
}

export function runningText(doc: Document): RunningText {
  const paragraphs = doc.getElementsByTagName('p');
  let prose = 0;
  let article: Element | null = null;
  for (let i = 0; i < MAX_SCANNED; i += 1) {
    const paragraph = paragraphs[i];
    if (!paragraph) break;
    article ??= outermostArticle(paragraph);
    if (isProse(paragraph)) prose += 1;
    if (prose >= MIN_PROSE && (article || i >= ARTICLE_SCAN)) break;
  }
  return { prose, article, articleParagraphs: article ? article.getElementsByTagName('p').length : 0 };
}
