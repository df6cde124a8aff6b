import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { restartQueue } from '../../../entrypoints/content/restart-queue';

describe('restart queue: a flood of restart requests costs one analysis per gap', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('runs the first request at once, then one per gap however many arrive', async () => {
    const runs: number[] = [];
    const request = restartQueue(async () => { runs.push(performance.now()); }, new AbortController().signal, 250);
    request();
    expect(runs).toHaveLength(1);
    // 10,000 requests over 5 s, one every 0.5 ms.
    for (let i = 0; i < 10_000; i += 1) {
      request();
      await vi.advanceTimersByTimeAsync(0.5);
    }
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs.length).toBeGreaterThanOrEqual(20);
    expect(runs.length).toBeLessThanOrEqual(5_000 / 250 + 2);
    for (let i = 1; i < runs.length; i += 1) expect(runs[i]! - runs[i - 1]!).toBeGreaterThanOrEqual(249);
  });

  it('never runs two at once, and runs the queued request after the one running', async () => {
    let active = 0;
    let most = 0;
    let finish: () => void = () => undefined;
    const request = restartQueue(() => new Promise<void>((done) => {
      active += 1;
      most = Math.max(most, active);
      finish = () => { active -= 1; done(); };
    }), new AbortController().signal, 10);
    request();
    request();
    request();
    await vi.advanceTimersByTimeAsync(100);
    expect(most).toBe(1);
    finish();
    await vi.advanceTimersByTimeAsync(100);
    expect(most).toBe(1);
    expect(active).toBe(1);
    finish();
    await vi.advanceTimersByTimeAsync(100);
    expect(active).toBe(0);
  });

  it('runs nothing once its signal aborts, not even what was queued', async () => {
    const control = new AbortController();
    const work = vi.fn(async () => undefined);
    const request = restartQueue(work, control.signal, 250);
    request();
    request();
    control.abort();
    await vi.advanceTimersByTimeAsync(1_000);
    request();
    expect(work).toHaveBeenCalledTimes(1);
  });
});
