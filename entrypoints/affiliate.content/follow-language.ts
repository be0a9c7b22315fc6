import { detectLanguage, type Language } from '@/lib/pages/labels';

/**
 * At most one reading of the page's labels per this many ms while the page keeps changing: the page
 * re-renders in the seller's language a few seconds after load (docs/domain.md, "Language"), and a
 * panel that is a second late there costs nothing, while reading on every burst of an infinitely
 * scrolling table would.
 */
export const LANGUAGE_CHECK_GAP_MS = 1000;

/**
 * How long after a visit starts the page's labels are watched. The late switch comes within seconds of
 * load; after that only `<html lang>` is watched, so a long infinite-scroll session does not pay for a
 * reading of the labels every second.
 */
export const LABEL_WATCH_MS = 30_000;

/**
 * Calls `onChange` whenever the page's language (its labels, then `<html lang>`: lib/pages/labels.ts)
 * differs from the one last reported, starting from `current`. A change of `<html lang>` is read at once;
 * other changes of the page at most every LANGUAGE_CHECK_GAP_MS, for the first `labelWatchMs`. Stops with
 * `signal`.
 */
export function followLanguageChanges(
  doc: Document,
  current: Language,
  signal: AbortSignal,
  onChange: (language: Language) => void,
  labelWatchMs = LABEL_WATCH_MS,
): void {
  const win = doc.defaultView;
  if (!win || signal.aborted) return;
  let shown = current;
  let timer: number | undefined;
  let lastCheck = 0;
  const check = () => {
    timer = undefined;
    lastCheck = performance.now();
    if (signal.aborted) return;
    const now = detectLanguage(doc);
    if (now === shown) return;
    shown = now;
    onChange(now);
  };
  const later = () => {
    if (timer !== undefined) return;
    timer = win.setTimeout(check, Math.max(0, lastCheck + LANGUAGE_CHECK_GAP_MS - performance.now()));
  };
  const lang = new win.MutationObserver(() => {
    win.clearTimeout(timer);
    check();
  });
  const page = new win.MutationObserver(later);
  lang.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'] });
  if (doc.body) page.observe(doc.body, { childList: true, subtree: true, characterData: true });
  const stopLabels = win.setTimeout(() => {
    page.disconnect();
    // A reading still due runs: a switch inside the window is never missed.
  }, labelWatchMs);
  signal.addEventListener(
    'abort',
    () => {
      lang.disconnect();
      page.disconnect();
      win.clearTimeout(timer);
      win.clearTimeout(stopLabels);
    },
    { once: true },
  );
}
