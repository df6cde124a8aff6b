import type { ElementHandle } from 'puppeteer-core';

/** Where the badge sits against the article's headline and notice, as measured in the page. */
export interface BadgeGeometry {
  inBody: boolean;
  inLinkOrButton: boolean;
  /** The badge's box in page coordinates (scrolled to the top). */
  badge: Box;
  /** The page's headline found independently of As Of: the largest visible text that matches the page's title. */
  headline: (Box & { text: string }) | null;
  notice: Box | null;
  viewport: { width: number; height: number };
  /** Scrolled into view, the badge is what the reader sees at its spot (nothing covers or clips it). */
  onTop: boolean;
  /** What the badge follows in the page, for the failure message. */
  follows: string;
  /** What the reader sees at the badge's spot when it is not the badge. */
  hitWhat: string;
  /** The headline itself is not covered (a page whose saved overlay covers everything covers the badge too). */
  headlineSeen: boolean;
  corner: boolean;
}

export interface Box { top: number; bottom: number; left: number; right: number }

/**
 * Runs in the page. Deliberately not As Of's own code: the headline is the element with the largest
 * font among the visible elements whose text shares most of its words with the page's title or
 * og:title, whatever its tag or class, so a wrong choice by As Of cannot hide itself.
 */
export function measureBadge(host: ElementHandle<Element>, noticeText: string | null): Promise<BadgeGeometry> {
  return host.evaluate((el, notice) => {
    const words = (t: string): string[] => t.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const dice = (a: string[], b: string[]): number => {
      const pool = new Map<string, number>();
      for (const w of b) pool.set(w, (pool.get(w) ?? 0) + 1);
      let common = 0;
      for (const w of a) if ((pool.get(w) ?? 0) > 0) { common += 1; pool.set(w, pool.get(w)! - 1); }
      return a.length + b.length === 0 ? 0 : (2 * common) / (a.length + b.length);
    };
    const meta = (k: string): string => document.querySelector(`meta[property="${k}"], meta[name="${k}"]`)?.getAttribute('content') ?? '';
    const titles: string[][] = [];
    for (const t of [document.title, meta('og:title'), meta('twitter:title')]) {
      if (!t.trim()) continue;
      titles.push(words(t));
      const parts = t.split(/\s[|–—:-]\s/).map(words).sort((a, b) => b.length - a.length);
      if (parts.length > 1 && parts[0]) titles.push(parts[0]);
    }
    const longest = Math.max(0, ...titles.map((t) => t.join(' ').length));
    const shown = (e: Element): boolean => e.getClientRects().length > 0 && e.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    window.scrollTo(0, 0);
    const y = window.scrollY;
    const x = window.scrollX;
    const box = (e: Element): Box => { const r = e.getBoundingClientRect(); return { top: r.top + y, bottom: r.bottom + y, left: r.left + x, right: r.right + x }; };

    let headline: { el: Element; size: number } | null = null;
    const seen = new Set<Element>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if ((n.textContent ?? '').trim().length < 3) continue;
      for (let e = n.parentElement; e && e !== document.body && !seen.has(e); e = e.parentElement) {
        seen.add(e);
        const text = e.textContent ?? '';
        if (text.length > longest * 2 + 40) break;
        if (e === el || e.contains(el) || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(e.tagName)) continue;
        const score = Math.max(0, ...titles.map((t) => dice(words(text), t)));
        if (score < 0.6 || !shown(e)) continue;
        const size = parseFloat(getComputedStyle(e).fontSize);
        // The same text in a wrapper: keep the block around it, whose left edge is the column's.
        if (!headline || size > headline.size || (size === headline.size && e.contains(headline.el))) headline = { el: e, size };
      }
    }
    let noticeEl: Element | null = null;
    if (notice) {
      // The innermost elements that hold the notice's words; of those, the one nearest above the badge.
      const holds = (e: Element): boolean => (e.textContent ?? '').replace(/\s+/g, ' ').includes(notice);
      const all = Array.from(document.body.querySelectorAll('*'))
        .filter((e) => e !== el && holds(e) && !Array.from(e.children).some(holds) && shown(e));
      const top = el.getBoundingClientRect().top;
      noticeEl = all.sort((a, b) => Math.abs(top - a.getBoundingClientRect().bottom) - Math.abs(top - b.getBoundingClientRect().bottom))[0] ?? null;
    }
    const badge = box(el);
    const seenAt = (e: Element): Element | null => {
      e.scrollIntoView({ block: 'center' });
      const r = e.getBoundingClientRect();
      return document.elementFromPoint(Math.min(r.left + 8, window.innerWidth - 1), r.top + Math.min(r.height / 2, 10));
    };
    const headlineHit = headline ? seenAt(headline.el) : null;
    const headlineSeen = headline !== null && headlineHit !== null && (headline.el === headlineHit || headline.el.contains(headlineHit));
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(Math.min(r.left + 8, window.innerWidth - 1), r.top + r.height / 2);
    const onTop = hit === el || el.contains(hit);
    const hitWhat = hit ? `<${hit.tagName.toLowerCase()} class="${(hit.getAttribute('class') ?? '').slice(0, 30)}">` : 'nothing';
    window.scrollTo(0, 0);
    return {
      inBody: document.body.contains(el),
      inLinkOrButton: el.parentElement?.closest('a, button, [role="button"]') != null,
      badge,
      headline: headline ? { ...box(headline.el), text: (headline.el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80) } : null,
      notice: noticeEl ? box(noticeEl) : null,
      // The visual viewport in CSS px: a phone zoomed out to fit a wide page shows more than 390 px.
      viewport: { width: window.innerWidth, height: window.innerHeight },
      onTop,
      hitWhat,
      headlineSeen,
      corner: el.getAttribute('data-placement') === 'corner',
      follows: ((p: Element | null) => (p ? `<${p.tagName.toLowerCase()} class="${(p.getAttribute('class') ?? '').slice(0, 40)}"> "${(p.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)}"` : `first in <${el.parentElement?.tagName.toLowerCase()}>`))(el.previousElementSibling),
    };
  }, noticeText);
}

/** How far below its headline or notice the badge may start, and how far its left edge may stray from the column. */
export const MAX_BELOW_PX = 300;
export const MAX_COLUMN_OFFSET_PX = 24;

/** What is wrong with the badge's place, in words; empty when nothing is. */
export function placementProblems(g: BadgeGeometry): string[] {
  const problems: string[] = [];
  if (!g.inBody) problems.push('not in <body>');
  if (g.inLinkOrButton) problems.push('inside a link or button');
  const { badge, viewport } = g;
  if (badge.bottom - badge.top <= 0) problems.push('has no height');
  if (badge.left < -1 || badge.right > viewport.width + 1) problems.push(`off-screen sideways (x ${Math.round(badge.left)}..${Math.round(badge.right)}, width ${viewport.width})`);
  if (!g.onTop && (g.headlineSeen || !g.headline)) problems.push(`covered or clipped where it sits (by ${g.hitWhat}, badge y ${Math.round(badge.top)})`);
  const near = (anchor: Box | null): boolean => anchor !== null
    && badge.top >= anchor.bottom - 2 && badge.top - anchor.bottom <= MAX_BELOW_PX
    && Math.abs(badge.left - anchor.left) <= MAX_COLUMN_OFFSET_PX;
  // A headline beyond the first two screens (a saved page whose stylesheets were not saved with it) is
  // no place for the badge: the corner is, and the checks here hold it to the screen.
  const headlineInView = g.headline !== null && g.headline.bottom + 48 < 2 * viewport.height;
  const nearAnchor = near(g.headline) || near(g.notice);
  // Out of the first two screens is only right for a badge that stays with a headline the page itself
  // pushed down there (it grew above the headline after the badge was placed).
  if (badge.top >= 2 * viewport.height && !nearAnchor) problems.push(`starts at y=${Math.round(badge.top)}, below the first two screens`);
  if (g.headline && headlineInView && !nearAnchor) {
    const h = g.headline;
    problems.push(`not just below the headline "${h.text}" (headline y ${Math.round(h.top)}..${Math.round(h.bottom)} x ${Math.round(h.left)}; badge y ${Math.round(badge.top)} x ${Math.round(badge.left)}, after ${g.follows})`);
  }
  return problems;
}
