/**
 * Yielding to the browser between pieces of start-up work, so that no single task blocks input for long
 * (Lighthouse's Total Blocking Time counts every task over 50 ms).
 */

/** Lets the browser handle input (and maybe paint) before the next piece of work: `scheduler.yield` where supported. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves after the browser has rendered the next frame (style, layout and paint of what changed before). */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
