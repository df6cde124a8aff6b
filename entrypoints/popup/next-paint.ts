/** Longest wait for a frame: a popup page that is hidden gets none, and must not wait for one. */
const FRAME_WAIT_MS = 100;

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
