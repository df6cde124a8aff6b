interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a later task, so the page's own input and rendering can run between As Of's steps and
 * no step adds itself to the task before it (the long-task rule: under 50 ms each). `scheduler.yield()`
 * where the browser has it (its continuation runs before other queued work of the same priority), else
 * a MessageChannel message (a macrotask with no timer clamping or background-tab throttling).
 * Resolves false when `signal` aborted meanwhile: the caller then stops, and nothing more is mounted.
 */
export async function nextTask(signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return false;
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  try {
    if (typeof scheduler?.yield === 'function') await scheduler.yield();
    else await macrotask();
  } catch {
    await macrotask();
  }
  return !signal.aborted;
}

function macrotask(): Promise<void> {
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      done();
    };
    channel.port2.postMessage(null);
  });
}
