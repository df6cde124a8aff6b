import type { ArticleVerdict } from '../report';

const ARTICLE_TYPES = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:News|Reportage|Analysis|Opinion|Report|Blog|Review)?(?:Article|BlogPosting|LiveBlogPosting)"/;
const MICRODATA_ARTICLE = /schema\.org\/(?:NewsArticle|Article|BlogPosting)/;
const MIN_PARAGRAPHS = 4;
/** Pages mark up a handful of microdata items and JSON-LD blocks; past these counts the rest are not looked at. */
const MAX_ITEMS = 200;
const MAX_JSON_LD = 30;

/**
 * A cheap first look, so pages that are not articles cost almost nothing: four lookups the browser
 * answers natively (the head's metas, JSON-LD blocks anywhere, microdata items, the first <article>)
 * and a paragraph count inside that <article> only; it never walks the page in script. Metadata alone
 * decides; without it the page needs an <article> element holding some paragraphs. A head cut short by
 * a stray element pushes its metas into the body, where they are not read: JSON-LD still is.
 */
export function detectArticle(doc: Document): ArticleVerdict {
  const reasons = metadataReasons(doc);
  if (reasons.length > 0) return { isArticle: true, reasons };
  const article = doc.getElementsByTagName('article')[0];
  if (!article) return { isArticle: false, reasons: ['no article metadata, <article> element or body text'], paragraphs: null };
  const paragraphs = article.getElementsByTagName('p').length;
  if (paragraphs < MIN_PARAGRAPHS) return { isArticle: false, reasons: [`no article metadata; an <article> element with ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}`], paragraphs };
  return { isArticle: true, reasons: ['<article> element', `${paragraphs} paragraphs of text`], paragraphs };
}

/** Each kind of article metadata the page carries, strongest first. */
function metadataReasons(doc: Document): string[] {
  const reasons: string[] = [];
  const meta = metaSigns(doc);
  if (meta.ogArticle) reasons.push('og:type is article');
  if (jsonLdArticle(doc)) reasons.push('JSON-LD describes an article');
  if (meta.publishedTime) reasons.push('article:published_time meta');
  if (reasons.length === 0 && microdataArticle(doc)) reasons.push('microdata describes an article');
  return reasons;
}

/**
 * og:type and article:published_time live in <head>. Lookups that find nothing create no element
 * objects, which is most of a first look's cost in a content script's fresh world.
 */
function metaSigns(doc: Document): { ogArticle: boolean; publishedTime: boolean } {
  const head = doc.head;
  const ogType = head?.querySelector('meta[property="og:type"], meta[name="og:type"]');
  return {
    ogArticle: (ogType?.getAttribute('content') ?? ogType?.getAttribute('value') ?? '').toLowerCase() === 'article',
    publishedTime: head?.querySelector('meta[property="article:published_time"], meta[name="article:published_time"]') != null,
  };
}

/** JSON-LD blocks sit in the head or anywhere in the body (often at its end): one native lookup finds them. */
function jsonLdArticle(doc: Document): boolean {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < Math.min(scripts.length, MAX_JSON_LD); i += 1) if (ARTICLE_TYPES.test(scripts[i]!.textContent ?? '')) return true;
  return false;
}

/** Microdata needs itemscope, a cheap attribute to find; only those elements' itemtype is read. */
function microdataArticle(doc: Document): boolean {
  const items = doc.querySelectorAll('[itemscope]');
  for (let i = 0; i < Math.min(items.length, MAX_ITEMS); i += 1) if (MICRODATA_ARTICLE.test(items[i]!.getAttribute('itemtype') ?? '')) return true;
  return false;
}
