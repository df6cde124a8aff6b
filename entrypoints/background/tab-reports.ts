import { browser } from 'wxt/browser';
import type { ToolbarState } from '../../utils/messages/protocol';
import { boundedToolbarState } from '../../utils/messages/toolbar-state';

/**
 * Each tab's toolbar state, in storage.session (survives the MV3 worker's sleep, never written to disk);
 * an in-memory map where the browser lacks storage.session. Only the few bounded fields the toolbar
 * needs are kept (ToolbarState), so no page can fill the storage that other tabs' toolbars rely on.
 */
const KEY_PREFIX = 'tab-report:';
const memory = new Map<number, ToolbarState>();

function sessionArea(): typeof browser.storage.session | undefined {
  return (browser.storage as { session?: typeof browser.storage.session }).session;
}

/** Keeps (or, for null, forgets) a tab's state; a failed write is reported to the caller, never thrown. */
export async function rememberToolbar(tabId: number, state: ToolbarState | null): Promise<boolean> {
  if (state) memory.set(tabId, state);
  else memory.delete(tabId);
  const area = sessionArea();
  if (!area) return true;
  try {
    if (state) await area.set({ [KEY_PREFIX + tabId]: state });
    else await area.remove(KEY_PREFIX + tabId);
    return true;
  } catch {
    return false;
  }
}

export async function forgetTab(tabId: number): Promise<void> {
  await rememberToolbar(tabId, null);
}

export async function rememberedToolbars(): Promise<[number, ToolbarState][]> {
  const area = sessionArea();
  if (!area) return [...memory.entries()];
  const all = (await area.get(null).catch(() => ({}))) as Record<string, unknown>;
  const stored: [number, ToolbarState][] = [];
  for (const [key, value] of Object.entries(all)) {
    const state = key.startsWith(KEY_PREFIX) ? boundedToolbarState(value) : null;
    if (state) stored.push([Number(key.slice(KEY_PREFIX.length)), state]);
  }
  return stored;
}
