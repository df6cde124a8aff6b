import type { Page } from 'puppeteer-core';

/**
 * One step's CPU profile from a DevTools trace: the trace carries V8's samples and the content script's
 * marks on one clock, so only the samples inside the step's own marks (`<step>:start` to `<step>:end`,
 * bench builds) are counted, whatever else the page ran around it. Also sums V8's lazy compilation
 * (`V8.CompileCode`) on the same thread inside the step: the share of a first run spent compiling code.
 */
export interface StepSamples {
  /** Sampled ms by function (name:line in the unminified build), own time only. */
  self: Map<string, number>;
  /** Sampled ms by function, itself and what it called (each function once per sample). */
  inclusive: Map<string, number>;
  sampledMs: number;
  compileMs: number;
}

interface ProfileNode { id: number; parent?: number; callFrame: { functionName: string; url?: string; lineNumber: number } }
interface SampledEvent {
  name: string; ph: string; ts: number; dur?: number; tid: number; id?: string;
  args?: { data?: { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[]; startTime?: number } };
}

const CATEGORIES = ['blink.user_timing', 'disabled-by-default-v8.cpu_profiler', 'v8', 'disabled-by-default-v8.compile'];
/** A gap between two samples longer than this is idle or another task, not the sampled frame's time. */
const MAX_SAMPLE_US = 500;

export function startStepTrace(page: Page): Promise<void> {
  return page.tracing.start({ categories: CATEGORIES });
}

/** Stops the trace and adds the step's samples into `into`; false when the step did not run. */
export async function addStepSamples(page: Page, step: string, into: StepSamples): Promise<boolean> {
  const data = await page.tracing.stop();
  if (!data) return false;
  const events = (JSON.parse(Buffer.from(data).toString('utf8')) as { traceEvents: SampledEvent[] }).traceEvents;
  const start = events.find((e) => e.name === `${step}:start`);
  const end = events.find((e) => e.name === `${step}:end`);
  const profile = start && events.find((e) => e.name === 'Profile' && e.tid === start.tid);
  if (!start || !end || !profile) return false;
  const inside = (ts: number): boolean => ts >= start.ts && ts <= end.ts;
  for (const e of events) if (e.name === 'V8.CompileCode' && e.tid === start.tid && inside(e.ts)) into.compileMs += (e.dur ?? 0) / 1000;
  const nodes = new Map<number, ProfileNode>();
  const label = (n: ProfileNode): string => `${n.callFrame.functionName || '(anonymous)'}${n.callFrame.url ? `:${n.callFrame.lineNumber + 1}` : ''}`;
  let t = profile.args?.data?.startTime ?? 0;
  for (const chunk of events) {
    if (chunk.name !== 'ProfileChunk' || chunk.id !== profile.id) continue;
    for (const n of chunk.args?.data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const samples = chunk.args?.data?.cpuProfile?.samples ?? [];
    const deltas = chunk.args?.data?.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i += 1) {
      const before = t;
      t += deltas[i] ?? 0;
      const node = nodes.get(samples[i]!);
      if (!node || !inside(t)) continue;
      const ms = Math.min(t - before, MAX_SAMPLE_US) / 1000;
      into.sampledMs += ms;
      into.self.set(label(node), (into.self.get(label(node)) ?? 0) + ms);
      const seen = new Set<string>();
      for (let at: ProfileNode | undefined = node; at; at = at.parent === undefined ? undefined : nodes.get(at.parent)) {
        if (seen.has(label(at))) continue;
        seen.add(label(at));
        into.inclusive.set(label(at), (into.inclusive.get(label(at)) ?? 0) + ms);
      }
    }
  }
  return true;
}
