import { type PageRecognition, recognisePage } from '@/lib/pages/recognise';

export type RecognisedPage = Exclude<PageRecognition, { kind: 'not-ours' | 'not-recognised' }>;

/**
 * While the page keeps changing, probing may take at most a third of the main thread: the next probe
 * waits twice as long as the last one took (reading a big page can take milliseconds).
 */
const PROBE_GAP_FACTOR = 2;

/**
 * Resolves with the page as soon as its anchors are there, or null on timeout or abort. Probes in the
 * MutationObserver callback itself, which runs at the end of the task that rendered the anchors, so the
 * panel can appear in the same frame as them (a fixed delay per burst of mutations would be most of the
 * panel's latency). Bursts that follow each other closely are coalesced, bounded by PROBE_GAP_FACTOR.
 */
export function waitForPage(
  url: URL,
  doc: Document,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<RecognisedPage | null> {
  const probe = (): RecognisedPage | null => {
    const r = recognisePage(url, doc);
    return r.kind === 'not-ours' || r.kind === 'not-recognised' ? null : r;
  };
  return new Promise((resolve) => {
    const first = probe();
    const win = doc.defaultView;
    if (first || signal.aborted || !win) return resolve(first);
    let nextProbeAt = 0;
    let trailing: number | undefined;
    const finish = (value: RecognisedPage | null) => {
      observer.disconnect();
      win.clearTimeout(timer);
      win.clearTimeout(trailing);
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const run = () => {
      trailing = undefined;
      const t0 = performance.now();
      const page = probe();
      if (page) return finish(page);
      const t1 = performance.now();
      nextProbeAt = t1 + (t1 - t0) * PROBE_GAP_FACTOR;
    };
    const observer = new win.MutationObserver(() => {
      if (trailing !== undefined) return;
      const wait = nextProbeAt - performance.now();
      if (wait <= 0) run();
      else trailing = win.setTimeout(run, wait);
    });
    const onAbort = () => finish(null);
    const timer = win.setTimeout(() => finish(probe()), timeoutMs);
    signal.addEventListener('abort', onAbort);
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}
