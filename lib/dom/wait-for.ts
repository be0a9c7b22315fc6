/**
 * Resolves with the first non-null value of `probe(root)`, re-probing when the subtree changes.
 * The real pages render after their data arrives and may re-render later, so anchors are waited for,
 * never assumed. Takes the root (and its window's MutationObserver) as arguments: no globals.
 */
export function waitFor<T>(
  root: Node,
  probe: () => T | null | undefined,
  opts: { signal: AbortSignal; timeoutMs: number },
): Promise<T | null> {
  return new Promise((resolve) => {
    const first = probe();
    if (first != null) return resolve(first);
    if (opts.signal.aborted) return resolve(null);
    const win = (root.ownerDocument ?? (root as Document)).defaultView;
    if (!win) return resolve(null);
    let scheduled = false;
    const finish = (value: T | null) => {
      observer.disconnect();
      win.clearTimeout(timer);
      opts.signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    // Coalesce bursts of mutations (a table render is hundreds) into one probe per frame-ish tick.
    const observer = new win.MutationObserver(() => {
      if (scheduled) return;
      scheduled = true;
      win.setTimeout(() => {
        scheduled = false;
        const value = probe();
        if (value != null) finish(value);
      }, 16);
    });
    const onAbort = () => finish(null);
    const timer = win.setTimeout(() => finish(probe() ?? null), opts.timeoutMs);
    opts.signal.addEventListener('abort', onAbort);
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}
