import type { ContentTimings } from '../../utils/messages/protocol';

export type MeasureName = 'as-of:article' | 'as-of:stamps' | 'as-of:words' | 'as-of:badge' | 'as-of:claims-check' | 'as-of:claims-source'
  | 'as-of:warm-article' | 'as-of:warm-stamps' | 'as-of:warm-badge';

/**
 * Only a benchmark build (`wxt build --mode bench`, scripts/bench/build.ts; `bench-warm`, warm-rerun.ts) leaves marks in the page's
 * performance timeline, where the benchmark lines them up with long tasks. In the build readers install,
 * a page could read them to learn As Of is there, so timings stay inside the content script.
 */
const MARKS_IN_PAGE = import.meta.env.MODE === 'bench' || import.meta.env.MODE === 'bench-warm';
const latest: Partial<Record<MeasureName, number>> = {};
const totals = { analyses: 0, busyMs: 0 };

/**
 * Runs `work` and records how long it took under `name` (read with `as-of:get-timings`).
 * Synchronous work is closed synchronously: awaiting it first would add a microtask hop to the figure.
 */
export function measured<T>(name: MeasureName, work: () => T): T;
export function measured<T>(name: MeasureName, work: () => Promise<T>): Promise<T>;
export function measured<T>(name: MeasureName, work: () => T | Promise<T>): T | Promise<T> {
  const started = performance.now();
  if (MARKS_IN_PAGE) performance.mark(`${name}:start`);
  const close = (): void => {
    latest[name] = performance.now() - started;
    totals.busyMs += latest[name];
    if (name === 'as-of:article') totals.analyses += 1;
    if (!MARKS_IN_PAGE) return;
    performance.mark(`${name}:end`);
    performance.measure(name, `${name}:start`, `${name}:end`);
    performance.clearMarks(`${name}:start`);
    performance.clearMarks(`${name}:end`);
  };
  let result: T | Promise<T>;
  try {
    result = work();
  } catch (error) {
    close();
    throw error;
  }
  if (result instanceof Promise) return result.finally(close);
  close();
  return result;
}

/** The latest duration of each step, or null when that step has not run. */
export function readTimings(): ContentTimings {
  const last = (name: MeasureName): number | null => latest[name] ?? null;
  return {
    article: last('as-of:article'), stamps: last('as-of:stamps'), badge: last('as-of:badge'), claimsSource: last('as-of:claims-source'),
    ...totals,
  };
}
