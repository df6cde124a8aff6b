/**
 * The badge's evidence box, as WCAG 1.4.13 asks of content on hover or focus: it opens on hover, on
 * keyboard focus and on a tap (a click toggles it, so phones reach it); it stays open while the pointer
 * is on the badge or on the box itself (no gap between them closes it); Escape closes it wherever the
 * pointer is and leaves focus on the badge; and it is kept inside the screen, opening upwards or moving
 * left when there is no room below or to the right. `fill` puts the box's content in before it first
 * opens (on focus too, so a screen reader finds the description the chip points to when it reads it).
 */
const CLOSE_DELAY_MS = 250;
const MARGIN_PX = 8;

export function wireEvidence(root: HTMLElement, chip: HTMLButtonElement, box: HTMLElement, fill: () => void = () => undefined): void {
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  let closeTimer: number | undefined;
  let pinned = false;
  let focused = false;

  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    close();
    pinned = false;
  };
  const open = (): void => {
    clearTimeout(closeTimer);
    if (root.dataset.open === 'true') return;
    fill();
    root.dataset.open = 'true';
    chip.setAttribute('aria-expanded', 'true');
    fit(root, box);
    doc.addEventListener('keydown', onKey, true);
  };
  const close = (): void => {
    clearTimeout(closeTimer);
    root.dataset.open = 'false';
    chip.setAttribute('aria-expanded', 'false');
    doc.removeEventListener('keydown', onKey, true);
  };
  const closeSoon = (): void => {
    if (pinned || focused) return;
    clearTimeout(closeTimer);
    closeTimer = view ? view.setTimeout(close, CLOSE_DELAY_MS) : undefined;
  };

  root.dataset.open = 'false';
  chip.setAttribute('aria-expanded', 'false');
  root.addEventListener('pointerenter', (event) => { if (event.pointerType !== 'touch') open(); });
  root.addEventListener('pointerleave', (event) => { if (event.pointerType !== 'touch') closeSoon(); });
  chip.addEventListener('focus', () => {
    focused = true;
    open();
  });
  chip.addEventListener('blur', () => {
    focused = false;
    pinned = false;
    closeSoon();
  });
  // A tap (or a click) pins the box open, a second one closes it.
  chip.addEventListener('click', () => {
    if (pinned && root.dataset.open === 'true') {
      pinned = false;
      close();
    } else {
      pinned = true;
      open();
    }
  });
}

/** Keeps the open box inside the screen: below the badge if it fits, else above; never past the right or left edge. */
function fit(root: HTMLElement, box: HTMLElement): void {
  const view = root.ownerDocument.defaultView;
  if (!view) return;
  box.style.removeProperty('left');
  box.dataset.side = 'below';
  const anchor = root.getBoundingClientRect();
  const size = box.getBoundingClientRect();
  const roomBelow = view.innerHeight - anchor.bottom;
  if (size.height + MARGIN_PX > roomBelow && anchor.top > roomBelow) box.dataset.side = 'above';
  const overflowRight = anchor.left + size.width + MARGIN_PX - view.innerWidth;
  const shift = overflowRight > 0 ? Math.min(overflowRight, anchor.left - MARGIN_PX) : 0;
  if (shift > 0 || anchor.left < MARGIN_PX) box.style.left = `${Math.round(Math.max(MARGIN_PX - anchor.left, -shift))}px`;
}
