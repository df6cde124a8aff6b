import { browser } from 'wxt/browser';

/**
 * True while this copy of the content script still belongs to an installed, running As Of. After an
 * update, a reload or an uninstall, Chromium leaves the old copy running in open tabs with its runtime
 * gone (`runtime.id` undefined, every call throwing "Extension context invalidated"): the only sign
 * that may make a copy stand down. Nothing a page can send or change decides this.
 */
export function runtimeAlive(): boolean {
  try {
    return typeof browser.runtime?.id === 'string';
  } catch {
    return false;
  }
}

/** A failed extension call that means this copy is stale, not that the other end was busy or asleep. */
export function meansStale(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return !runtimeAlive() || /context invalidated/i.test(message);
}
