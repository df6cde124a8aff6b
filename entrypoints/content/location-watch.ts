/** How often the address and the runtime are checked when no event says so (pushState has none without the Navigation API). */
export const HEARTBEAT_MS = 1000;

interface NavigationLike extends EventTarget {
  addEventListener(type: 'currententrychange', listener: () => void, options?: AddEventListenerOptions): void;
}

/**
 * Calls `check` when the address may have changed: on the browser's own navigation events and on a
 * one-second heartbeat. Events only prompt a look at `location.href`; the caller compares addresses, so a
 * page that fires fake `popstate` or `hashchange` events costs As Of one string comparison each.
 */
export function watchLocation(signal: AbortSignal, check: () => void): void {
  const options = { signal, passive: true };
  window.addEventListener('popstate', check, options);
  window.addEventListener('hashchange', check, options);
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  if (typeof navigation?.addEventListener === 'function') navigation.addEventListener('currententrychange', check, options);
  const timer = setInterval(check, HEARTBEAT_MS);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
