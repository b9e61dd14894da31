/**
 * Run `fn` when the main thread is idle (requestIdleCallback; a short timeout where it is missing,
 * as in Safari). Returns the cancel function. Used to build hidden drawings after the page has
 * loaded, so neither hydration nor a step change pays for them.
 */
export function whenIdle(fn: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(fn);
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(fn, 16);
  return () => window.clearTimeout(handle);
}

/** Resolves in a new task (not a microtask): lets the browser paint and handle input in between. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
