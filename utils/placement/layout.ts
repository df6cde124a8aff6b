/**
 * What placement needs to know about the page's layout, apart from its markup. The content script gives
 * `liveLayout`, which reads the live page once per element in the read pass before the mount (no write
 * comes between, so no layout is forced); tests in Node give `flatLayout` or their own.
 */
export interface PlacementLayout {
  /** Rendered, and ends within the first two screens: a badge after it is seen without hunting for it. */
  shown(element: Element): boolean;
  /** The computed `display` of an element ("block", "flex", …), and for flex containers their direction. */
  display(element: Element): string;
  flexDirection(element: Element): string;
  /** The flex/grid `order` of an element (0 unless the page set one). */
  order(element: Element): number;
  /** The element's `grid-column` ("2 / 3", "auto / auto"). */
  gridColumn(element: Element): string;
  /** How far (px) the element's text starts from its container's content edge: margin + border + padding. */
  indent(element: Element): number;
}

/** Screens from the top of the page within which the badge must be. */
export const SCREENS = 2;
/** Room left for the badge itself below its anchor. */
const BADGE_ROOM_PX = 48;

export const flatLayout: PlacementLayout = { shown: () => true, display: () => 'block', flexDirection: () => 'row', order: () => 0, gridColumn: () => 'auto / auto', indent: () => 0 };

export const liveLayout: PlacementLayout = {
  shown(element) {
    const view = element.ownerDocument.defaultView;
    if (!view || element.getClientRects().length === 0) return false;
    return element.getBoundingClientRect().bottom + view.scrollY + BADGE_ROOM_PX < SCREENS * view.innerHeight;
  },
  display(element) {
    return element.ownerDocument.defaultView?.getComputedStyle(element).display ?? 'block';
  },
  flexDirection(element) {
    return element.ownerDocument.defaultView?.getComputedStyle(element).flexDirection ?? 'row';
  },
  gridColumn(element) {
    const style = element.ownerDocument.defaultView?.getComputedStyle(element);
    return style ? `${style.gridColumnStart} / ${style.gridColumnEnd}` : 'auto / auto';
  },
  order(element) {
    return parseInt(element.ownerDocument.defaultView?.getComputedStyle(element).order ?? '0', 10) || 0;
  },
  indent(element) {
    const style = element.ownerDocument.defaultView?.getComputedStyle(element);
    if (!style) return 0;
    const sum = ['marginInlineStart', 'borderInlineStartWidth', 'paddingInlineStart'] as const;
    const px = sum.reduce((total, key) => total + (parseFloat(style[key]) || 0), 0);
    return Math.max(0, Math.round(px));
  },
};
