import type { ArticleVerdict } from '../report';

const ARTICLE_TYPES = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:News|Reportage|Analysis|Opinion|Report|Blog|Review)?(?:Article|BlogPosting|LiveBlogPosting)"/;
const MICRODATA_ARTICLE = /schema\.org\/(?:NewsArticle|Article|BlogPosting)/;
const MIN_PARAGRAPHS = 4;
/** Pages mark up a handful of microdata items; past this many the rest are not looked at. */
const MAX_ITEMS = 200;

/** og:type and article:published_time, from one pass over the (few) <meta> elements, head or body. */
function metaSigns(doc: Document): { ogArticle: boolean; publishedTime: boolean } {
  const signs = { ogArticle: false, publishedTime: false };
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i += 1) {
    const meta = metas[i]!;
    const key = meta.getAttribute('property') ?? meta.getAttribute('name');
    if (key === 'og:type' && !signs.ogArticle) signs.ogArticle = (meta.getAttribute('content') ?? meta.getAttribute('value') ?? '').toLowerCase() === 'article';
    else if (key === 'article:published_time') signs.publishedTime = true;
  }
  return signs;
}

function jsonLdArticle(doc: Document): boolean {
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i += 1) {
    const script = scripts[i]!;
    if (script.getAttribute('type') === 'application/ld+json' && ARTICLE_TYPES.test(script.textContent ?? '')) return true;
  }
  return false;
}

/** Microdata needs itemscope, a cheap attribute to find; only those elements' itemtype is read. */
function microdataArticle(doc: Document): boolean {
  const items = doc.querySelectorAll('[itemscope]');
  for (let i = 0; i < Math.min(items.length, MAX_ITEMS); i += 1) if (MICRODATA_ARTICLE.test(items[i]!.getAttribute('itemtype') ?? '')) return true;
  return false;
}

/**
 * A cheap first look: tag-name lookups and a few attribute reads, no selector over the whole page and
 * no text layout, so pages that are not articles cost almost nothing. Two independent signs are
 * needed unless metadata says so.
 */
export function detectArticle(doc: Document): ArticleVerdict {
  const reasons: string[] = [];
  const meta = metaSigns(doc);
  if (meta.ogArticle) reasons.push('og:type is article');
  if (jsonLdArticle(doc)) reasons.push('JSON-LD describes an article');
  if (meta.publishedTime) reasons.push('article:published_time meta');
  if (reasons.length === 0 && microdataArticle(doc)) reasons.push('microdata describes an article');
  const strong = reasons.length > 0;
  const articleElement = doc.getElementsByTagName('article')[0] ?? null;
  if (articleElement) reasons.push('<article> element');
  const paragraphs = (articleElement ?? doc.body)?.getElementsByTagName('p').length ?? 0;
  if (paragraphs >= MIN_PARAGRAPHS) reasons.push(`${paragraphs} paragraphs of text`);
  if (doc.getElementsByTagName('h1').length > 0) reasons.push('a headline (<h1>)');
  const isArticle = strong || (articleElement !== null && paragraphs >= MIN_PARAGRAPHS) || reasons.length >= 3;
  return { isArticle, reasons: isArticle ? reasons : reasons.length ? reasons : ['no article metadata, <article> element or body text'] };
}
