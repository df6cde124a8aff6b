import type { TraceEvent } from '../trace';

/** What the popup's main thread did inside the claims step, by trace event name (ms), and GC anywhere in the popup before it. */
export interface TraceTotals {
  inStep: Record<string, number>;
  /** GC ms on the popup's main thread from its start to the step's start. */
  gcBefore: number;
}

export const TRACE_CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'v8', 'disabled-by-default-v8.compile', 'disabled-by-default-v8.gc'];

/** The events worth summing: garbage collection, compilation, parsing, style and layout. */
const WORTH = /GC|Compile|compile|Parse|Layout|UpdateLayoutTree|Paint/;
const isGc = (name: string): boolean => /GC/.test(name);

/** Sums complete events on the popup's main thread inside the as-of:claims start/end marks. */
export function readTrace(data: Uint8Array | undefined): TraceTotals | null {
  if (!data) return null;
  const { traceEvents } = JSON.parse(Buffer.from(data).toString('utf8')) as { traceEvents: TraceEvent[] };
  const start = traceEvents.find((e) => e.cat?.includes('user_timing') && e.name === 'as-of:claims:start');
  const end = traceEvents.find((e) => e.cat?.includes('user_timing') && e.name === 'as-of:claims:end');
  if (!start || !end) return null;
  const onMain = traceEvents.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.dur !== undefined && WORTH.test(e.name));
  const inStep: Record<string, number> = {};
  let gcBefore = 0;
  for (const e of onMain) {
    if (e.ts >= start.ts && e.ts + e.dur! <= end.ts) inStep[e.name] = (inStep[e.name] ?? 0) + e.dur! / 1000;
    else if (e.ts < start.ts && isGc(e.name)) gcBefore += e.dur! / 1000;
  }
  return { inStep, gcBefore };
}
