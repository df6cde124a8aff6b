import { describe, expect, it } from 'vitest';
import { readTrace, type TraceEvent } from './trace';

const ORIGIN = 'chrome-extension://abc';
const main = { pid: 1, tid: 7 };
const mark = (name: string, ts: number): TraceEvent => ({ name, cat: 'blink.user_timing', ph: 'I', ts, ...main });
const measure = (name: string, ph: 'b' | 'e', ts: number): TraceEvent => ({ name, cat: 'blink.user_timing', ph, ts, ...main });
const task = (ts: number, dur: number, where = main): TraceEvent => ({ name: 'RunTask', ph: 'X', ts, dur, ...where });

describe('readTrace', () => {
  it('counts only the busy part of a step that awaits', () => {
    // The badge step spans 0..30 ms but the main thread works 0..2 and 20..23 ms of it.
    const events = [
      measure('as-of:badge', 'b', 0), measure('as-of:badge', 'e', 30_000),
      task(0, 2_000), task(20_000, 3_000), task(40_000, 5_000),
    ];
    expect(readTrace(events, ORIGIN)?.busy['as-of:badge']).toBeCloseTo(5, 5);
  });

  it('blames a long task on As Of only when one of its marks falls inside it', () => {
    const events = [
      mark('as-of:claims:start', 100_000), mark('as-of:claims:end', 170_000),
      task(90_000, 90_000), // holds the claims step
      task(300_000, 200_000), // the page's own long task
    ];
    expect(readTrace(events, ORIGIN)?.longTasks).toEqual([{ duration: 90, steps: ['claims'] }]);
  });

  it('ignores other threads and counts layouts forced from the extension only', () => {
    const forced = (url: string): TraceEvent => ({ name: 'Layout', ph: 'X', ts: 5, dur: 1, ...main, args: { beginData: { stackTrace: [{ url }] } } });
    const events = [
      mark('as-of:article:start', 1),
      task(0, 80_000, { pid: 2, tid: 9 }),
      forced(`${ORIGIN}/content-scripts/content.js`), forced('http://127.0.0.1/page.js'),
      { name: 'Layout', ph: 'X', ts: 9, dur: 1, ...main },
    ];
    const findings = readTrace(events, ORIGIN);
    expect(findings?.forcedLayouts).toBe(1);
    expect(findings?.longTasks).toEqual([]);
  });

  it('counts the content script\'s own evaluation, and a long task holding it, as As Of\'s', () => {
    const evaluate = (url: string, ts: number, dur: number): TraceEvent => ({ name: 'EvaluateScript', ph: 'X', ts, dur, ...main, args: { data: { url } } });
    const events = [
      task(0, 70_000), evaluate(`${ORIGIN}/content-scripts/content.js`, 1_000, 60_000),
      task(100_000, 60_000), evaluate('http://127.0.0.1/page.js', 101_000, 55_000),
      mark('as-of:article:start', 200_000),
    ];
    const findings = readTrace(events, ORIGIN);
    expect(findings?.scriptMs).toBe(60);
    expect(findings?.longTasks).toEqual([{ duration: 70, steps: ['script'] }]);
  });

  it('returns null when As Of left no marks', () => {
    expect(readTrace([task(0, 100_000)], ORIGIN)).toBeNull();
  });
});
