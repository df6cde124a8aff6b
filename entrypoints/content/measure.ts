import type { ContentTimings } from '../../utils/messages/protocol';

export type MeasureName = 'as-of:article' | 'as-of:stamps' | 'as-of:badge' | 'as-of:claims-source';

/**
 * Runs `work` between two performance marks and records a measure under `name`, so a benchmark
 * can read the same figures from the page's performance timeline or via `as-of:get-timings`.
 * Synchronous work is closed synchronously: awaiting it first would add a microtask hop to the figure.
 */
export function measured<T>(name: MeasureName, work: () => T): T;
export function measured<T>(name: MeasureName, work: () => Promise<T>): Promise<T>;
export function measured<T>(name: MeasureName, work: () => T | Promise<T>): T | Promise<T> {
  performance.mark(`${name}:start`);
  const close = (): void => {
    performance.mark(`${name}:end`);
    performance.measure(name, `${name}:start`, `${name}:end`);
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

/** The latest duration of each measure, or null when that step has not run. */
export function readTimings(): ContentTimings {
  const last = (name: MeasureName): number | null => performance.getEntriesByName(name, 'measure').at(-1)?.duration ?? null;
  return { article: last('as-of:article'), stamps: last('as-of:stamps'), badge: last('as-of:badge'), claimsSource: last('as-of:claims-source') };
}
