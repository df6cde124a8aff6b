/** At most this many analyses per second, whatever the page does (body swaps, URL spam, settings churn). */
export const RESTART_GAP_MS = 250;

/**
 * Coalesces requests to run `work`: one run at a time, at most one more queued behind it, and runs
 * started at least `gapMs` apart. The first request runs at once; a flood of requests costs one run
 * per gap. Nothing runs once `signal` aborts.
 */
export function restartQueue(work: () => Promise<void>, signal: AbortSignal, gapMs = RESTART_GAP_MS): () => void {
  let running = false;
  let queued = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastStart = Number.NEGATIVE_INFINITY;
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

  const begin = (): void => {
    timer = undefined;
    if (signal.aborted) return;
    running = true;
    queued = false;
    lastStart = performance.now();
    void work().catch(() => undefined).finally(() => {
      running = false;
      if (queued) schedule();
    });
  };
  const schedule = (): void => {
    const wait = lastStart + gapMs - performance.now();
    if (wait <= 0) begin();
    else timer = setTimeout(begin, wait);
  };
  return () => {
    if (signal.aborted) return;
    if (running || timer !== undefined) queued = true;
    else schedule();
  };
}
