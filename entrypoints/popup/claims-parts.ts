import type { ClaimsPart } from '../../utils/claims/parts';

/** What `npm run bench:claims -- --popup` reads besides `as-of:claims`: the step's parts, and the model's load. */
export type TimedPart = ClaimsPart | 'parse' | 'model';
export const PART_MEASURE = 'as-of:claims:';

export interface PartTimer {
  timed<T>(part: TimedPart, work: () => T): T;
  /** A moment of the popup's timeline (`as-of:claims:report painted`), since the popup opened. */
  mark(moment: string): void;
  /** Leaves one measure per part (`as-of:claims:tag`, …), its duration the part's total. */
  flush(): void;
}

/**
 * Only a benchmark build (`mode: bench`) opened with `?parts` times the step's parts: in any other
 * popup the step runs untimed, so the figure `npm run bench` reads carries no timing of its own.
 */
export function partTimer(): PartTimer | null {
  if (import.meta.env.MODE !== 'bench' || !new URLSearchParams(location.search).has('parts')) return null;
  const totals = new Map<TimedPart, number>();
  return {
    timed(part, work) {
      const started = performance.now();
      try {
        return work();
      } finally {
        totals.set(part, (totals.get(part) ?? 0) + performance.now() - started);
      }
    },
    mark(moment) {
      performance.mark(`${PART_MEASURE}${moment}`);
    },
    flush() {
      for (const [part, duration] of totals) performance.measure(`${PART_MEASURE}${part}`, { start: 0, duration });
    },
  };
}
