import { describe, expect, it } from 'vitest';
import { nextTask } from '../../../entrypoints/content/next-task';

/** Resolves after `depth` chained microtasks: all of them run before any next task does. */
function microtaskChain(depth: number, done: () => void): void {
  if (depth === 0) done();
  else queueMicrotask(() => microtaskChain(depth - 1, done));
}

describe('nextTask: the content script steps each run in a task of their own', () => {
  it('resolves in a later task, after every microtask queued now (the page can run in between)', async () => {
    let chainDone = false;
    const next = nextTask(new AbortController().signal);
    microtaskChain(200, () => { chainDone = true; });
    expect(await next).toBe(true);
    expect(chainDone).toBe(true);
  });

  it('tells the caller to stop when the session ended before or during the wait', async () => {
    const before = new AbortController();
    before.abort();
    expect(await nextTask(before.signal)).toBe(false);
    const during = new AbortController();
    const next = nextTask(during.signal);
    during.abort();
    expect(await next).toBe(false);
  });

  it('falls back to a plain task where scheduler.yield throws', async () => {
    const scope = globalThis as { scheduler?: unknown };
    const had = scope.scheduler;
    scope.scheduler = { yield: () => Promise.reject(new Error('not here')) };
    try {
      expect(await nextTask(new AbortController().signal)).toBe(true);
    } finally {
      scope.scheduler = had;
    }
  });
});
