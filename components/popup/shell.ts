/**
 * What the popup paints first, in plain DOM: the title, the Settings link and the queue counts from the
 * stored summary (one storage read; no worker, no Preact). The rest of the popup loads once that has
 * painted, and renders below the counts, in the same landmark.
 */
import type { QueueSummary } from '@/lib/messages';
import { QUEUE_STATUSES } from '@/lib/queue/summary-key';
import { afterPaint } from './after-paint';
import type { SummaryApi } from './api';
import type { ShellText } from './shell-text';

/** The rest of the popup, mounted into its box; it re-renders with each newer summary. */
export interface RestView {
  update(summary: QueueSummary | null): void;
  unmount(): void;
}
export type MountRest = (into: HTMLElement, summary: QueueSummary | null) => RestView;

export interface ShellOptions {
  api: SummaryApi;
  text: ShellText;
  /** In the extension, a dynamic import: a chunk of its own. */
  loadRest: () => Promise<MountRest>;
  /** How long to wait before loading the rest; the default waits for the first paint. */
  later?: (fn: () => void) => () => void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  cls?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The counts by status, or the line that says why there are none. */
export function countsView(doc: Document, summary: QueueSummary | null, text: ShellText): HTMLElement {
  if (!summary) return el(doc, 'p', 'muted', text.noSummary);
  if (summary.total === 0) return el(doc, 'p', 'muted', text.empty);
  const dl = el(doc, 'dl', 'counts');
  dl.setAttribute('aria-label', text.countsLabel);
  for (const s of QUEUE_STATUSES) {
    const item = el(doc, 'div', `count count--${s}`);
    item.append(el(doc, 'dt', undefined, text.status[s]), el(doc, 'dd', undefined, String(summary.counts[s] ?? 0)));
    dl.append(item);
  }
  return dl;
}

/** Paints the shell into `app` at once; returns the function that takes it down. */
export function mountShell(app: HTMLElement, { api, text, loadRest, later = afterPaint }: ShellOptions): () => void {
  const doc = app.ownerDocument;
  const main = el(doc, 'main', 'popup');
  const head = el(doc, 'header', 'popup__head');
  const options = el(doc, 'a', undefined, text.options);
  options.href = api.optionsUrl;
  options.target = '_blank';
  options.rel = 'noopener';
  head.append(el(doc, 'h1', undefined, text.title), options);
  let summary: QueueSummary | null = null;
  let counts = countsView(doc, null, text);
  main.append(head, counts);
  app.append(main);

  let live = true;
  let rest: RestView | null = null;
  let cancelLater = () => {};
  const show = (s: QueueSummary) => {
    summary = s;
    const next = countsView(doc, s, text);
    counts.replaceWith(next);
    counts = next;
    rest?.update(s);
  };
  const startRest = () => {
    const box = el(doc, 'div', 'popup__rest');
    box.append(el(doc, 'p', 'muted', text.restLoading));
    main.append(box);
    cancelLater = later(() => {
      loadRest().then(
        (mount) => {
          if (!live) return;
          box.replaceChildren();
          rest = mount(box, summary);
        },
        () => {
          if (!live) return;
          const alert = el(doc, 'p', 'status status--error', text.restFailed);
          alert.setAttribute('role', 'alert');
          box.replaceChildren(alert);
        },
      );
    });
  };

  const stop = api.onSummary((s) => live && show(s));
  api
    .readSummary()
    .catch(() => null)
    .then((s) => {
      if (!live) return;
      // A change that arrived while reading is newer than what the read returned.
      if (s && !(summary && summary.rev > s.rev)) show(s);
      startRest();
    });

  return () => {
    live = false;
    stop();
    cancelLater();
    rest?.unmount();
    main.remove();
  };
}
