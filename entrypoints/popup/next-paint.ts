/** Longest wait for a frame: a popup page that is hidden gets none, and must not wait for one. */
const FRAME_WAIT_MS = 100;
/** Longest wait for an idle moment before the claims step. */
const IDLE_WAIT_MS = 50;

/**
 * Resolves once what was just rendered has been painted (after the next frame), or after
 * FRAME_WAIT_MS when no frame comes: the reader sees the article's age before the popup's
 * costly steps hold the thread.
 */
export function afterPaint(): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, FRAME_WAIT_MS);
    requestAnimationFrame(() => setTimeout(() => {
      clearTimeout(timer);
      done();
    }, 0));
  });
}

/**
 * Resolves at the browser's next idle moment (at most IDLE_WAIT_MS away), when the garbage the
 * language model's load left behind can be collected before the claims step, not inside it.
 */
export function idleMoment(): Promise<void> {
  return new Promise((done) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => done(), { timeout: IDLE_WAIT_MS });
    else setTimeout(done, 0);
  });
}
