/**
 * Runs `fn` once the browser has painted the next frame (a frame callback, then a task after it), so
 * work started from a first render never delays that render's paint. Returns a cancel function.
 * Without requestAnimationFrame (a hidden document never gets frames) it falls back to a
 * 100 ms timer.
 */
const FALLBACK_MS = 100;

export function afterPaint(
  fn: () => void,
  g: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> &
    Partial<Pick<typeof globalThis, 'requestAnimationFrame' | 'cancelAnimationFrame'>> = globalThis,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  // The timer also guards a frame that never comes (a popup opened in a background tab).
  const fallback = g.setTimeout(run, FALLBACK_MS);
  const frame = g.requestAnimationFrame?.(() => {
    timer = g.setTimeout(run, 0);
  });
  return () => {
    done = true;
    g.clearTimeout(fallback);
    if (timer !== undefined) g.clearTimeout(timer);
    if (frame !== undefined) g.cancelAnimationFrame?.(frame);
  };
}
