import type { ArticleVerdict } from '../report';

const ARTICLE_TYPES = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:News|Reportage|Analysis|Opinion|Report|Blog|Review)?(?:Article|BlogPosting|LiveBlogPosting)"/;
const MIN_PARAGRAPHS = 4;

/**
 * A cheap first look: a few selector queries and no text layout, so pages that are not
 * articles cost almost nothing. Two independent signs are needed unless metadata says so.
 */
export function detectArticle(doc: Document): ArticleVerdict {
  const reasons: string[] = [];
  const ogType = doc.querySelector('meta[property="og:type"], meta[name="og:type"]');
  const ogValue = (ogType?.getAttribute('content') ?? ogType?.getAttribute('value') ?? '').toLowerCase();
  if (ogValue === 'article') reasons.push('og:type is article');
  if (Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).some((s) => ARTICLE_TYPES.test(s.textContent ?? ''))) {
    reasons.push('JSON-LD describes an article');
  }
  if (doc.querySelector('[itemtype*="schema.org/NewsArticle"], [itemtype*="schema.org/Article"], [itemtype*="schema.org/BlogPosting"]')) {
    reasons.push('microdata describes an article');
  }
  if (doc.querySelector('meta[property="article:published_time"], meta[name="article:published_time"]')) {
    reasons.push('article:published_time meta');
  }
  const strong = reasons.length > 0;
  const articleElement = doc.querySelector('article');
  if (articleElement) reasons.push('<article> element');
  const paragraphs = (articleElement ?? doc.body)?.querySelectorAll('p').length ?? 0;
  if (paragraphs >= MIN_PARAGRAPHS) reasons.push(`${paragraphs} paragraphs of text`);
  if (doc.querySelector('h1')) reasons.push('a headline (<h1>)');
  const isArticle = strong || (articleElement !== null && paragraphs >= MIN_PARAGRAPHS) || reasons.length >= 3;
  return { isArticle, reasons: isArticle ? reasons : reasons.length ? reasons : ['no article metadata, <article> element or body text'] };
}
