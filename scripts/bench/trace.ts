import type { Page } from 'puppeteer-core';

/**
 * A DevTools trace of one visit, read for what marks alone cannot tell: how much of each As Of step
 * the main thread was actually busy (a step that awaits, like the badge's CSS load, spans idle time),
 * which long tasks hold As Of's work, and which layouts As Of's code forced.
 */
export interface TraceFindings {
  /** Main-thread busy ms inside each as-of measure, by measure name. */
  busy: Record<string, number>;
  /** Tasks over 50 ms on the page's main thread that contain one of As Of's marks, with the steps marked in them. */
  longTasks: { duration: number; steps: string[] }[];
  /** Layouts and style recalculations forced synchronously from the extension's code. */
  forcedLayouts: number;
  /**
   * Main-thread ms the content script's own evaluation took (compile + top-level code, before any step
   * runs): As Of's cost on every page, article or not, that no step's measure covers.
   */
  scriptMs: number;
}

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { beginData?: { stackTrace?: { url?: string }[] }; data?: { stackTrace?: { url?: string }[]; url?: string } };
}

const CATEGORIES = [
  'devtools.timeline', 'blink.user_timing',
  'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack',
];
const LONG_TASK_US = 50_000;
const FORCED = new Set(['Layout', 'UpdateLayoutTree']);

export function startTrace(page: Page): Promise<void> {
  return page.tracing.start({ categories: CATEGORIES });
}

export async function stopTrace(page: Page, extensionOrigin: string): Promise<TraceFindings | null> {
  const data = await page.tracing.stop();
  if (!data) return null;
  const { traceEvents } = JSON.parse(Buffer.from(data).toString('utf8')) as { traceEvents: TraceEvent[] };
  return readTrace(traceEvents, extensionOrigin);
}

export function readTrace(events: readonly TraceEvent[], extensionOrigin: string): TraceFindings | null {
  // The content script's marks show which renderer thread is the page's main thread.
  const anchor = events.find((e) => e.cat === 'blink.user_timing' && e.name.startsWith('as-of:'));
  if (!anchor) return null;
  const onMain = events.filter((e) => e.pid === anchor.pid && e.tid === anchor.tid);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined);
  const marks = onMain.filter((e) => e.cat === 'blink.user_timing' && e.name.startsWith('as-of:') && (e.ph === 'I' || e.ph === 'R'));

  const busy: Record<string, number> = {};
  const open = new Map<string, number>();
  for (const e of onMain.filter((x) => x.cat === 'blink.user_timing' && x.name.startsWith('as-of:'))) {
    if (e.ph === 'b') open.set(e.name, e.ts);
    const start = open.get(e.name);
    if (e.ph !== 'e' || start === undefined) continue;
    const overlap = tasks.reduce((total, t) => total + Math.max(0, Math.min(e.ts, t.ts + (t.dur ?? 0)) - Math.max(start, t.ts)), 0);
    busy[e.name] = overlap / 1000;
  }
  // The content script's evaluation is As Of's work too: a long task holding it counts, as step 'script'.
  const evaluations = onMain.filter((e) => e.name === 'EvaluateScript' && e.ph === 'X' && e.args?.data?.url?.startsWith(extensionOrigin));
  const inTask = (t: TraceEvent, ts: number): boolean => ts >= t.ts && ts <= t.ts + (t.dur ?? 0);
  const longTasks = tasks
    .filter((t) => (t.dur ?? 0) > LONG_TASK_US && (marks.some((m) => inTask(t, m.ts)) || evaluations.some((e) => inTask(t, e.ts))))
    .map((t) => ({
      duration: (t.dur ?? 0) / 1000,
      steps: [...new Set([
        ...evaluations.filter((e) => inTask(t, e.ts)).map(() => 'script'),
        ...marks.filter((m) => inTask(t, m.ts)).map((m) => m.name.replace(/^as-of:|:(start|end)$/g, '')),
      ])],
    }));
  const forcedLayouts = onMain.filter((e) => FORCED.has(e.name) && e.ph !== 'E'
    && (e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace ?? []).some((frame) => frame.url?.startsWith(extensionOrigin))).length;
  const scriptMs = evaluations.reduce((total, e) => total + (e.dur ?? 0), 0) / 1000;
  return { busy, longTasks, forcedLayouts, scriptMs };
}
