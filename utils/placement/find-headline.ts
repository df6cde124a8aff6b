import { titledHeadline } from '../stamps/headline';
import { pageTitles, titleScore } from './title-match';

/**
 * The article's headline: the heading whose words match the page's title, inside the article's
 * region, never a site logo, a link, a button, navigation or anything in `<head>`. Pure: it reads the
 * document and the `isRendered` check it is given (the content script passes a real one; tests in Node
 * pass their own), and nothing else.
 */
export type RenderedCheck = (element: Element) => boolean;

const HEADINGS = 'h1, h2, [itemprop="headline"]';
/** Places a headline is never in: the badge must not land in a link, a control, navigation or a logo. */
const NEVER_INSIDE = 'a, button, nav, [role="navigation"], [role="button"], label, select, footer, aside, dialog, [hidden], [aria-hidden="true"]';
const LOGO = /logo|site-?title|site-?name/i;
const ARTICLE_REGION = 'article, main, [role="main"], [itemtype*="Article"], [itemprop="articleBody"]';
/** Below this share of common words, a heading is not the page's title. */
const MIN_SCORE = 0.5;
const IN_REGION_BONUS = 0.1;
const H1_BONUS = 0.05;
const MAX_BONUS = IN_REGION_BONUS + H1_BONUS;
/** A page with hundreds of headings (a live blog, an index) is not worth reading further. */
const MAX_CANDIDATES = 80;

export function findHeadline(doc: Document, isRendered: RenderedCheck = () => true): Element | null {
  const body = doc.body;
  if (!body) return null;
  // The <h1> the stamps step already found (its code is warm by now), when it names the page's title and
  // may carry the badge: no need to score every heading of the page.
  const story = titledHeadline(doc);
  if (story && isEligible(story) && isRendered(story)) return story;
  const titles = pageTitles(doc);
  const headings = Array.from(body.querySelectorAll(HEADINGS)).slice(0, MAX_CANDIDATES);
  let best: Element | null = null;
  let bestScore = 0;
  for (const heading of headings) {
    // The words first (cheap): only a heading that could win is checked for where it sits and whether it shows.
    const words = titleScore(heading.textContent ?? '', titles);
    if (words + MAX_BONUS < MIN_SCORE || words + MAX_BONUS <= bestScore) continue;
    const score = words + bonus(heading);
    if (score > bestScore && score >= MIN_SCORE && isEligible(heading) && isRendered(heading)) {
      best = heading;
      bestScore = score;
    }
  }
  if (best) return best;
  // No heading matches the title: the first rendered h1 of the article's region, if it has one.
  return headings.find((h) => h.tagName === 'H1' && h.closest(ARTICLE_REGION) !== null && isEligible(h) && isRendered(h)) ?? null;
}

/** A small preference, never enough on its own: inside the article's region, and an h1. */
function bonus(heading: Element): number {
  return (heading.closest(ARTICLE_REGION) ? IN_REGION_BONUS : 0) + (heading.tagName === 'H1' ? H1_BONUS : 0);
}

export function isEligible(element: Element): boolean {
  if (element.closest(NEVER_INSIDE)) return false;
  if (!element.parentElement || element.parentElement === element.ownerDocument.documentElement) return false;
  if (isBanner(element)) return false;
  return (element.textContent ?? '').trim().length > 0;
}

/** The site's own banner or logo: `role="banner"` outside any article, or an element named like a logo. */
function isBanner(element: Element): boolean {
  for (let el: Element | null = element; el && el !== el.ownerDocument.body; el = el.parentElement) {
    if (LOGO.test(el.id) || LOGO.test(el.getAttribute('class') ?? '')) return true;
    if (el.getAttribute('role') === 'banner' && !el.closest(ARTICLE_REGION)) return true;
  }
  return false;
}
