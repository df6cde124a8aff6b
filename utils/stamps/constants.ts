/** Patterns, word lists and weights for the stamp detectors, built once at module scope. */
import type { StampSource } from '../report';

/** Month and weekday names live in one data module per kind, for every language read. */
export { monthNumber } from '../time/month-names';
export { weekdayNumber } from '../time/weekday-names';

/** Time-zone abbreviations a byline may name, as offsets in minutes. Ambiguous ones ("ET") keep the day only. */
export const ZONES: Readonly<Record<string, number>> = {
  UTC: 0, GMT: 0, Z: 0, WET: 0, BST: 60, IST: 330, CET: 60, MEZ: 60, CEST: 120, MESZ: 120, EET: 120, EEST: 180,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, AKST: -540, AKDT: -480,
  HST: -600, JST: 540, KST: 540, HKT: 480, SGT: 480, AEST: 600, AEDT: 660, ACST: 570, AWST: 480, NZST: 720, NZDT: 780,
  SAST: 120, MSK: 180, WIB: 420, PHT: 480,
};

/** Clock time after a date: "09:40 AM CDT", "15.26 EST", "à 7h19", "12:06 PM". */
export const TIME_PART = String.raw`(?:\s*(?:,|/|\||•|-|at|um|à|a las|@)?\s*(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?|uhr)?\s*(?:\(?([A-Z]{1,5})\)?(?![A-Za-z])|([+-]\d{2}:?\d{2}))?)?`;

/** Words that mark the stamp after them as the last change, not the first publication. */
export const UPDATED_WORDS = /(?:last\s+)?(?:updated?|modified|edited|revised|aktualisiert|geändert|mis à jour|mise à jour|actualizad[oa]|actualización|modificad[oa])\b\s*(?:on|am|le|el)?\s*:?/i;
const FIRST_PUBLISHED_WORDS = String.raw`(?:first|originally)\s+(?:published|posted)\b`;
/** Words that state the first publication outright. */
export const FIRST_PUBLISHED = new RegExp(String.raw`^\s*${FIRST_PUBLISHED_WORDS}`, 'i');
/** The same words anywhere in a text: a page that says them somewhere may state its first publication in a byline. */
export const FIRST_PUBLISHED_ANYWHERE = new RegExp(FIRST_PUBLISHED_WORDS, 'i');
/** Words that mark the stamp after them as the first publication. */
export const PUBLISHED_WORDS = /(?:first\s+)?(?:published|posted|publish date|veröffentlicht|publié|publicado|erschienen|created)\b\s*(?:on|am|le|el)?\s*:?/i;

/**
 * Parts of a page whose dates belong to other stories or other people: comments, "related" lists,
 * ads, navigation, and posts embedded from social networks (the publishers' own embed classes:
 * `blockquote.instagram-media`, `blockquote.twitter-tweet`, `blockquote.tiktok-embed`, `div.fb-post`).
 * Tested against an element's and its ancestors' class, id and tag.
 */
export const UNRELATED_REGION = /(?:^|[\s_-])(?:comments?|commentlist|disqus|replies|reply|related|recommend\w*|more-?stories|most-?(?:read|popular|viewed)|trending|outbrain|taboola|sponsor\w*|advert\w*|ads?|newsletter|breadcrumbs?|video-?(?:list|playlist|carousel)|playlist|carousel|instagram-media|twitter-tweet|tiktok-embed|fb-post|bluesky-embed|mastodon-embed)(?:$|[\s_-])/i;
/**
 * Layout words that themes also put on the article's own parts: Blogger wraps the post in a "widget",
 * WordPress and Elementor call the post's meta block a "footer" or a "widget", sites call their byline a
 * "teaser" line; a list's rows ("news-list-row", "list-item", "post-list") are other stories. They mark
 * another item only when the element does not hold the page's headline.
 */
export const LAYOUT_REGION = /(?:^|[\s_-])(?:sidebar|rail|promo(?!ted)\w*|teaser\w*|widget|list-?item|list-?row|(?:news|post|article|story)-?list|card|cards|footer)(?:$|[\s_-])/i;
/**
 * The layout words that, inside the headline's own <article>, name the story's own column (its date,
 * its author): "sidebar", "rail", "widget". A "teaser" or "card" there is still another story's.
 * ("promoted", Drupal's "node-promoted", says the story itself was promoted to the front page.)
 */
export const COLUMN_REGION = /(?:^|[\s_-])(?:sidebar|rail|widget)(?:$|[\s_-])/i;
/** The footer of one post, named so by its theme: Blogger's "post-footer", WordPress's "entry-footer", "article-footer". */
export const POST_FOOTER = /(?:^|[\s_-])(?:post|entry|article|story)[-_]?footer(?:$|[\s_-])/i;
/** Class words of an element that is itself a byline or a date, whatever layout word it also carries. */
export const BYLINE_LABEL = /(?:meta|date|time|byline|author|publish|posted|stamp|datum)/i;
export const UNRELATED_TAGS = new Set(['NAV', 'FOOTER', 'FORM', 'A', 'OPTION', 'SELECT']);

/** Machine-readable sources a reader never sees; a CMS rewrites them when a story is migrated or republished. */
export const HIDDEN_SOURCES: ReadonlySet<StampSource> = new Set<StampSource>(['json-ld', 'meta', 'microdata', 'script-json']);
/**
 * Sources the reader sees: the page's dates and its address. A day in the address is written once, when
 * the story is first published, and stays when a CMS refreshes the metadata ("/2017/7/12/" against a
 * JSON-LD of 2019): it is first publication on its own.
 */
export const VISIBLE_SOURCES: ReadonlySet<StampSource> = new Set<StampSource>(['byline', 'time-element', 'url']);
/** A text holds a digit: the cheap test a text passes before a date or a year is looked for in it. */
export const HAS_DIGIT = /\d/;

/** How far up the tree a region check looks; deep pages stay cheap. */
export const MAX_ANCESTORS = 25;
/** Upper bounds so a hostile page cannot make a detector slow. */
export const LIMITS = {
  jsonLdScripts: 30,
  jsonLdChars: 500_000,
  jsonLdNodes: 2_000,
  metas: 600,
  timeElements: 200,
  bylineElements: 150,
  /** Elements looked at, in document order, for a byline: the byline sits near the top. */
  scanElements: 30_000,
  bylineChars: 200,
  /** Characters of page text searched for "first published" words; a longer text (mostly inline scripts) is not searched, and its byline is read. */
  firstPublishedText: 1_000_000,
} as const;

/** Each source's own trust, before reconciliation (most to least trustworthy). */
export const WEIGHTS = {
  jsonLdArticle: 0.9,
  jsonLdOther: 0.6,
  microdata: 0.85,
  meta: 0.85,
  metaGeneric: 0.7,
  timeElement: 0.6,
  byline: 0.65,
  url: 0.6,
  notice: 0.55,
  copyright: 0.3,
  /** A page's own "last changed" line at its end ("Aktualisiert: 30.12.2016"): a day stated outright and labelled, a little below a byline's 0.65 (it is read far from the headline). */
  lastChange: 0.6,
  /** A date in an inline script's page state (not JSON-LD): read only when nothing else states a day. */
  scriptJson: 0.5,
  /** A byline that says "First published on" / "Originally published". */
  firstPublished: 0.85,
  /** The site's own list shows this story with a date (a teaser linking to this page): read only when nothing else states a day. */
  selfTeaser: 0.5,
  /** dateCreated / created-date: the CMS record's birth, sometimes days before publication. */
  created: 0.75,
} as const;

/** Schema.org types whose dates are the article's own. */
export const ARTICLE_TYPES = /(?:Article|BlogPosting|LiveBlogPosting|Report|Review|WebPage|Posting)$/;
