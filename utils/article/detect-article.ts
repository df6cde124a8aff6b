import type { ArticleVerdict } from '../report';
import { isHomeAddress } from './address';
import { looksLikeListing, proseUnderHeading } from './prose-heading';
import { MIN_PROSE, runningText } from './running-text';
import { textUnderTitle, type TextBlock } from './text-block';

/**
 * schema.org's Article and its kinds: NewsArticle, TechArticle, ScholarlyArticle…, reports, and the postings
 * BlogPosting, LiveBlogPosting and DiscussionForumPosting (a forum thread's opening post, one dated item,
 * where a forum's index is none). Not the general SocialMediaPosting: a profile page lists many of them.
 */
const ARTICLE_KINDS = '[A-Za-z]*Article|(?:Blog|LiveBlog|DiscussionForum)Posting|Report';
const ARTICLE_TYPES = new RegExp(`"@type"\\s*:\\s*(?:\\[[^\\]]*)?"(?:${ARTICLE_KINDS})"`);
const MICRODATA_ARTICLE = new RegExp(`schema\\.org/(?:${ARTICLE_KINDS})\\b`);
/** og:type values naming a thing that is not a dated text: a product, a video, a person, a place. */
const OTHER_OG_TYPE = /^(?:product|video|music|profile|place|business|books?)\b/i;
const OTHER_JSON_LD = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:Product|ItemList|CollectionPage|SearchResultsPage)"/;
const MIN_PARAGRAPHS = 4;
/** Pages mark up a handful of microdata items and JSON-LD blocks; past these counts the rest are not looked at. */
const MAX_ITEMS = 200;
const MAX_JSON_LD = 30;

/**
 * A cheap first look, so pages that are not articles cost almost nothing: native lookups only (the head's
 * metas, JSON-LD blocks anywhere, microdata items, the page's first paragraphs) and bounded reads; it never
 * walks the page in script and reads no layout. In order: a site's home page is a list of what is new, never
 * an article; article metadata decides; else an <article> element holding paragraphs; else one video with
 * its upload date (a broadcaster's or a channel's video page) is one, and a product, another video page or
 * a list the page declares is none; else, with no running text in paragraphs, the heading naming the title
 * in a block of text not set in <p> (text-block.ts) is one, and any other such page (search results, a
 * forum thread, an app, a data table) is none; else one main heading over running text (a blog
 * post, a press release, an association's news item) is one, unless linked teaser headings beside it make
 * the page a listing: then the <p> text was other items' teasers, and the page is one only when the heading
 * naming the title stands in a block of text not set in <p> (the story's own <br> lines beside the teasers).
 * `url` is the page's address (the content script's location.href).
 */
export function detectArticle(doc: Document, url?: string): ArticleVerdict {
  if (url !== undefined && isHomeAddress(url)) return { isArticle: false, reasons: ['the address is a site\'s home page'] };
  const meta = metaSigns(doc);
  const jsonLd = jsonLdTexts(doc);
  const reasons = metadataReasons(doc, meta, jsonLd);
  if (reasons.length > 0) return { isArticle: true, reasons };
  const text = runningText(doc);
  const { article, articleParagraphs: paragraphs } = text;
  if (article && paragraphs >= MIN_PARAGRAPHS) return { isArticle: true, reasons: ['<article> element', `${paragraphs} paragraphs of text`] };
  // For the popup's "why not": the <article> element's paragraphs, null when the page has none.
  const counted = article ? paragraphs : null;
  const why = article ? `no article metadata; an <article> element with ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}` : 'no article metadata, <article> element or body text';
  if (meta.ogType.startsWith('video') && doc.querySelectorAll('[itemprop="uploadDate"]').length === 1) return { isArticle: true, reasons: [`og:type is ${meta.ogType}`, 'one dated video (uploadDate)'] };
  if (OTHER_OG_TYPE.test(meta.ogType) || jsonLd.some((text) => OTHER_JSON_LD.test(text))) return { isArticle: false, reasons: [why, `the page describes a ${meta.ogType || 'product or list'}`], paragraphs: counted };
  const block = text.prose < MIN_PROSE ? textUnderTitle(doc) : null;
  if (block) return textBlockVerdict(block);
  const prose = text.prose >= MIN_PROSE ? proseUnderHeading(doc) : null;
  if (!prose) return { isArticle: false, reasons: [why], paragraphs: counted };
  if (looksLikeListing(prose)) {
    // The <p> text counted was other items' teasers; the story's own may be <br> lines under its titled heading.
    const own = textUnderTitle(doc);
    if (own) return textBlockVerdict(own);
    return { isArticle: false, reasons: [why, `a listing: ${prose.teasers} linked headings among the text under the main heading`], paragraphs: counted };
  }
  return { isArticle: true, reasons: [`one main heading (<${prose.heading}>)`, `${prose.prose} paragraphs of running text under it`] };
}

/** An article found as a titled block of text not set in <p> (text-block.ts), and why. */
function textBlockVerdict(block: TextBlock): ArticleVerdict {
  return { isArticle: true, reasons: [`one heading naming the title (<${block.heading}>)`, `${block.chars} characters of running text around it, not in paragraphs`] };
}

/** Each kind of article metadata the page carries, strongest first. */
function metadataReasons(doc: Document, meta: MetaSigns, jsonLd: string[]): string[] {
  const reasons: string[] = [];
  if (meta.ogType === 'article') reasons.push('og:type is article');
  if (jsonLd.some((text) => ARTICLE_TYPES.test(text))) reasons.push('JSON-LD describes an article');
  if (meta.publishedTime) reasons.push('article:published_time meta');
  if (meta.issued) reasons.push('Dublin Core issue date (DC.date.issued)');
  if (reasons.length === 0 && microdataArticle(doc)) reasons.push('microdata describes an article');
  return reasons;
}

interface MetaSigns {
  ogType: string;
  publishedTime: boolean;
  /** Dublin Core's "date of formal issuance" of this resource: the page itself is an issued, dated item. */
  issued: boolean;
}

/** Its usual spellings, listed: a case-insensitive attribute selector is not supported everywhere the check runs. */
const ISSUED = ['DC.date.issued', 'dc.date.issued', 'DC.Date.Issued', 'dcterms.issued', 'DCTERMS.issued'].map((name) => `meta[name="${name}"]`).join(', ');

/**
 * og:type, article:published_time and Dublin Core's issue date live in <head>. Lookups that find nothing create no element
 * objects, which is most of a first look's cost in a content script's fresh world.
 */
function metaSigns(doc: Document): MetaSigns {
  const head = doc.head;
  const ogType = head?.querySelector('meta[property="og:type"], meta[name="og:type"]');
  return {
    ogType: (ogType?.getAttribute('content') ?? ogType?.getAttribute('value') ?? '').trim().toLowerCase(),
    publishedTime: head?.querySelector('meta[property="article:published_time"], meta[name="article:published_time"]') != null,
    issued: head?.querySelector(ISSUED) != null,
  };
}

/** JSON-LD blocks sit in the head or anywhere in the body (often at its end): one native lookup finds them. */
function jsonLdTexts(doc: Document): string[] {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const texts: string[] = [];
  for (let i = 0; i < Math.min(scripts.length, MAX_JSON_LD); i += 1) texts.push(scripts[i]!.textContent ?? '');
  return texts;
}

/** Microdata needs itemscope, a cheap attribute to find; only those elements' itemtype is read. */
function microdataArticle(doc: Document): boolean {
  const items = doc.querySelectorAll('[itemscope]');
  for (let i = 0; i < Math.min(items.length, MAX_ITEMS); i += 1) if (MICRODATA_ARTICLE.test(items[i]!.getAttribute('itemtype') ?? '')) return true;
  return false;
}
