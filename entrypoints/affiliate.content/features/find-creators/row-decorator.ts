/**
 * Puts an overlay host on every Find creators row, including rows infinite scroll adds later.
 *
 * Cost model: one MutationObserver on the results table; any number of mutations in a frame cost one
 * pass, which does a native query for rows and reads the DOM only when a row is new. Each row element is
 * decorated once (WeakSet). Our own host insertions are recognised and ignored; rows are checked for
 * removal only after the page removed something, and the page's checkboxes are read only after the
 * seller clicked (all of them) or for new rows. A row costs a host element, its shadow root (sharing
 * one constructed stylesheet) and listeners that are shared functions, never per-row closures.
 * Everything (observer, listeners, overlays, hosts, inline opacity) is undone when the visit's signal
 * aborts.
 */
import { type CreatorDomRow, readCreatorRows, rowOverlayMountPoint } from '@/lib/pages/find-creators';
import { isOn } from '@/lib/pages/dom';
import type { Language } from '@/lib/pages/labels';
import type { MountPoint } from '@/lib/pages/page-types';
import { createEmitter } from './emitter';
import { refuseForgedEvents } from '../../shadow-root';
import { adoptRowStyles } from './row-styles';

export const ROW_HOST_TAG = 'collab-pilot-row';
/** Events a page script could forge into our open shadow roots; only the seller's own count. */
const GUARDED_EVENTS = ['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'input', 'change', 'submit'] as const;
/** How far a non-matching row fades while a reason filter is on. */
const DIM_OPACITY = '0.4';
const ROWS = 'tbody tr[data-row-key]';

export interface ListedRow {
  id: string;
  element: Element;
}

export interface RowDecorator {
  /** Decorated rows still on the page, in page order. */
  listed(): readonly ListedRow[];
  /** Ids of listed rows ticked in the page's own checkbox column (none where there is no such column). */
  selectedIds(): string[];
  /** Fades rows for which `match` is false; null restores every row. */
  setDim(match: ((id: string) => boolean) | null): void;
  /** The row last hovered or focused (the creator "in focus" for the popup). */
  focusedId(): string | null;
  /** Rows or selection changed. */
  subscribe(fn: () => void): () => void;
}

export interface DecoratorOptions {
  table: Element;
  signal: AbortSignal;
  /** The page's language, for reading numbers off rows the page's JSON did not cover. */
  language: Language;
  /** Fills a new row's shadow root. */
  mount(root: ShadowRoot, row: CreatorDomRow): void;
  unmount(root: ShadowRoot): void;
  /** For tests: schedule a frame (requestAnimationFrame by default). */
  schedule?: (fn: () => void) => number;
  cancel?: (id: number) => void;
}

interface Decorated {
  id: string;
  host: HTMLElement;
  root: ShadowRoot;
}


const isCheckbox = (row: Element) => isOn(row.querySelector('.arco-checkbox,input[type="checkbox"]')) === true;

function insert(mp: MountPoint, node: Element): void {
  if (mp.append === 'last') mp.anchor.append(node);
  else if (mp.append === 'first') mp.anchor.prepend(node);
  else if (mp.append === 'before') mp.anchor.before(node);
  else mp.anchor.after(node);
}

const isOurHost = (n: Node) => n.nodeType === 1 && (n as Element).localName === ROW_HOST_TAG;

export function startRowDecorator(opts: DecoratorOptions): RowDecorator {
  const { table, signal } = opts;
  const schedule = opts.schedule ?? ((fn: () => void) => requestAnimationFrame(fn));
  const cancel = opts.cancel ?? ((id: number) => cancelAnimationFrame(id));
  const changes = createEmitter();
  const seen = new WeakSet<Element>();
  const decorated = new Map<Element, Decorated>();
  /** The row's own inline opacity before we faded it, to put back exactly. */
  const dimmed = new Map<HTMLElement, string>();
  let listed: ListedRow[] = [];
  let selected: string[] = [];
  let dimMatch: ((id: string) => boolean) | null = null;
  let focused: string | null = null;
  let frame = 0;

  const undecorate = (el: Element, d: Decorated) => {
    opts.unmount(d.root);
    d.host.remove();
    decorated.delete(el);
    seen.delete(el);
    undim(el as HTMLElement);
  };

  const decorate = (row: CreatorDomRow) => {
    if (!row.id) return;
    const host = document.createElement(ROW_HOST_TAG);
    host.setAttribute('data-creator-id', row.id);
    const root = host.attachShadow({ mode: 'open' });
    refuseForgedEvents(root, GUARDED_EVENTS);
    adoptRowStyles(root);
    insert(rowOverlayMountPoint(row), host);
    seen.add(row.element);
    decorated.set(row.element, { id: row.id, host, root });
    opts.mount(root, row);
  };

  const dim = (el: HTMLElement, on: boolean) => {
    if (on && !dimmed.has(el)) {
      dimmed.set(el, el.style.getPropertyValue('opacity'));
      el.style.setProperty('opacity', DIM_OPACITY);
    } else if (!on) undim(el);
  };
  function undim(el: HTMLElement) {
    const prev = dimmed.get(el);
    if (prev === undefined) return;
    dimmed.delete(el);
    if (prev) el.style.setProperty('opacity', prev);
    else el.style.removeProperty('opacity');
  }
  const applyDim = () => {
    if (dimMatch === null && dimmed.size === 0) return;
    for (const r of listed) dim(r.element as HTMLElement, dimMatch !== null && !dimMatch(r.id));
  };

  const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

  /** Set by the observer when the page removed nodes of its own; by a trusted click for the checkboxes. */
  let removals = true;
  let ticked = true;

  const pass = () => {
    frame = 0;
    if (signal.aborted) return;
    let changed = false;
    // Rows the page removed (a new search), and rows whose cell the page re-created under our host.
    if (removals) {
      removals = false;
      for (const [el, d] of decorated) {
        if (!el.isConnected || !d.host.isConnected || el.getAttribute('data-row-key') !== d.id) {
          undecorate(el, d);
          changed = true;
        }
      }
    }
    const rows = table.querySelectorAll(ROWS);
    const fresh: Element[] = [];
    for (const r of rows) if (!seen.has(r)) fresh.push(r);
    if (fresh.length) {
      const read = readCreatorRows(table.parentElement ?? table, { skip: (r) => seen.has(r), language: opts.language });
      if (read.ok) {
        for (const row of read.rows) {
          if (!seen.has(row.element)) {
            decorate(row);
            changed = true;
          }
        }
      }
    }
    if (changed) {
      listed = [];
      for (const el of rows) {
        const d = decorated.get(el);
        if (d) listed.push({ id: d.id, element: el });
      }
      applyDim();
    }
    // A full read of the checkboxes only after the seller clicked; otherwise the new rows only.
    let sel = selected;
    if (ticked) {
      ticked = false;
      sel = listed.filter((r) => isCheckbox(r.element)).map((r) => r.id);
    } else if (changed) {
      const before = new Set(selected);
      const isNew = new Set(fresh);
      sel = listed.filter((r) => (isNew.has(r.element) ? isCheckbox(r.element) : before.has(r.id))).map((r) => r.id);
    }
    if (changed || !sameIds(sel, selected)) {
      selected = sel;
      changes.emit();
    }
  };

  const request = () => {
    if (!frame && !signal.aborted) frame = schedule(pass);
  };

  const foreign = (nodes: NodeList) => {
    for (let i = 0; i < nodes.length; i++) if (!isOurHost(nodes[i] as Node)) return true;
    return false;
  };
  const observer = new MutationObserver((records) => {
    // Our own hosts going in or out are no news.
    let news = false;
    for (const r of records) {
      if (foreign(r.removedNodes)) {
        removals = true;
        news = true;
      } else if (!news && foreign(r.addedNodes)) news = true;
    }
    if (news) request();
  });
  observer.observe(table, { childList: true, subtree: true });

  // The page's checkboxes: recount after the seller ticks one (the page re-renders in the same task).
  const onTick = (e: Event) => {
    if (!e.isTrusted) return;
    ticked = true;
    request();
  };
  const rowOf = (e: Event): string | null => {
    const t = e.target as Element | null;
    const tr = t?.closest?.('tr[data-row-key]');
    return tr ? tr.getAttribute('data-row-key') : null;
  };
  const onFocus = (e: Event) => {
    if (!e.isTrusted) return;
    const id = rowOf(e);
    if (id) focused = id;
  };
  const listenOpts = { capture: true, passive: true } as const;
  table.addEventListener('click', onTick, listenOpts);
  table.addEventListener('change', onTick, listenOpts);
  table.addEventListener('pointerover', onFocus, listenOpts);
  table.addEventListener('focusin', onFocus, listenOpts);

  signal.addEventListener(
    'abort',
    () => {
      if (frame) cancel(frame);
      frame = 0;
      observer.disconnect();
      table.removeEventListener('click', onTick, listenOpts);
      table.removeEventListener('change', onTick, listenOpts);
      table.removeEventListener('pointerover', onFocus, listenOpts);
      table.removeEventListener('focusin', onFocus, listenOpts);
      for (const [el, d] of decorated) undecorate(el, d);
      for (const el of [...dimmed.keys()]) undim(el);
      listed = [];
    },
    { once: true },
  );

  request();

  return {
    listed: () => listed,
    selectedIds: () => selected,
    setDim(match) {
      dimMatch = match;
      applyDim();
    },
    focusedId: () => focused,
    subscribe: changes.subscribe,
  };
}
