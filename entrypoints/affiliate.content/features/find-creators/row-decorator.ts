/**
 * Puts an overlay host on every Find creators row, including rows infinite scroll adds later.
 *
 * Cost model: what we do per page of rows must not grow with the rows already listed (sellers scroll
 * to 1,000+). One MutationObserver on the results table notes the nodes the page added; a pass in a
 * task of its own (not inside the page's frame) reads and decorates only the rows among them, at most
 * SLICE_MS of work per task, so a table that arrives whole never makes a long task of ours. Each row element
 * is decorated once (WeakSet). Our own host insertions are ignored; rows are checked for removal only
 * after the page removed something; a new row is keyed (id, cells) and its texts are read only if the
 * mount asks (the page's JSON normally has them); rows appended in page order extend the known order,
 * anything else leaves it to be worked out when asked (the panel asks at idle time). A row costs a host element, its shadow root
 * (sharing one constructed stylesheet) and listeners that are shared functions, never per-row
 * closures. Everything (observer, listeners, overlays, hosts, inline opacity) is undone when the
 * visit's signal aborts.
 *
 * Rows are known by what they surely show (lib/pages/creator-match `rowKeyOf`: the handle, else an id,
 * else the nickname), never by `data-row-key` alone: the live rows have none. An app that keys rows by
 * index reuses a row element for another creator, so a change inside a decorated row has its key read
 * again. A row that shows none of these is counted as unreadable, never guessed.
 */

import { rowKeyOf } from '@/lib/pages/creator-match';
import { isOn } from '@/lib/pages/dom';
import {
  bodyRowsOf,
  type Columns,
  type CreatorDomRow,
  type CreatorRowKey,
  columns,
  readCreatorRow,
  readCreatorRowKey,
  readCreatorRows,
  rowOverlayMountPoint,
} from '@/lib/pages/find-creators';
import type { Language } from '@/lib/pages/labels';
import type { MountPoint } from '@/lib/pages/page-types';
import { attachGuardedShadow } from '../../shadow-root';
import { createEmitter } from './emitter';
import { adoptRowStyles } from './row-styles';

export const ROW_HOST_TAG = 'collab-pilot-row';
/**
 * Events a page script could forge into our open shadow roots; only the seller's own count. A row's
 * overlay acts on clicks (add, score) and keydown (Escape) only, and has no form controls: guarding
 * those two is enough, and 1,000 rows register 2 listeners each rather than 11.
 */
const GUARDED_EVENTS = ['click', 'keydown'] as const;
/** How far a non-matching row fades while a reason filter is on. */
const DIM_OPACITY = '0.4';
const ROWS = 'tbody tr';
/**
 * Work per task: a row costs ~0.5 ms on a quiet machine and several on a busy one, so the slice is
 * measured in time, not rows (24 rows once made a 58 ms task under load). At least one row per task.
 */
const SLICE_MS = 8;

export interface ListedRow {
  /** What the row is known by (see rowKeyOf), not necessarily a creator id. */
  key: string;
  element: Element;
}

export interface RowDecorator {
  /** Decorated rows still on the page, in page order. */
  listed(): readonly ListedRow[];
  /** Body rows on the page that show nothing to tie them to a creator (no handle, id or nickname). */
  unreadable(): number;
  /** Keys of listed rows ticked in the page's own checkbox column (none where there is no such column). */
  selectedKeys(): string[];
  /** Fades rows for which `match` is false; null restores every row. */
  setDim(match: ((key: string) => boolean) | null): void;
  /** The key of the row last hovered or focused (the creator "in focus" for the popup). */
  focusedKey(): string | null;
  /** Rows or selection changed. */
  subscribe(fn: () => void): () => void;
}

export interface DecoratorOptions {
  table: Element;
  signal: AbortSignal;
  /** The page's language, for reading numbers off rows the page's JSON did not cover. */
  language: Language;
  /**
   * Fills a new row's shadow root. `read` reads the row's texts (handle, figures): call it only when
   * the page's JSON did not tell you about this creator, as reading a row costs far more than keying it.
   */
  mount(root: ShadowRoot, key: string, row: CreatorRowKey, read: () => CreatorDomRow): void;
  unmount(root: ShadowRoot): void;
  /** For tests: schedule a task (setTimeout 0 by default). */
  schedule?: (fn: () => void) => number;
  cancel?: (id: number) => void;
  /** For tests: the clock that bounds a task's work (performance.now by default). */
  now?: () => number;
}

interface Decorated {
  key: string;
  host: HTMLElement;
  root: ShadowRoot;
}

/**
 * Ticked in the page's own selection column, which is a row's first cell (lib/pages/find-creators
 * `columns`): querying that cell, not the whole row with its avatar and badges, as every new row is asked.
 */
const isCheckbox = (row: Element) =>
  isOn(row.firstElementChild?.querySelector('.arco-checkbox,input[type="checkbox"]') ?? null) === true;

function insert(mp: MountPoint, node: Element): void {
  if (mp.append === 'last') mp.anchor.append(node);
  else if (mp.append === 'first') mp.anchor.prepend(node);
  else if (mp.append === 'before') mp.anchor.before(node);
  else mp.anchor.after(node);
}

const isOurHost = (n: Node) => n.nodeType === 1 && (n as Element).localName === ROW_HOST_TAG;

/** A record of our own hosts going in or out, and nothing of the page's. */
function onlyOurHosts(r: MutationRecord): boolean {
  for (let i = 0; i < r.addedNodes.length; i++) if (!isOurHost(r.addedNodes[i] as Node)) return false;
  for (let i = 0; i < r.removedNodes.length; i++) if (!isOurHost(r.removedNodes[i] as Node)) return false;
  return true;
}

export function startRowDecorator(opts: DecoratorOptions): RowDecorator {
  const { table, signal } = opts;
  const schedule = opts.schedule ?? ((fn: () => void) => setTimeout(fn, 0) as unknown as number);
  const cancel = opts.cancel ?? ((id: number) => clearTimeout(id));
  const now = opts.now ?? (() => performance.now());
  const changes = createEmitter();
  const seen = new WeakSet<Element>();
  const decorated = new Map<Element, Decorated>();
  /** The row's own inline opacity before we faded it, to put back exactly. */
  const dimmed = new Map<HTMLElement, string>();
  /** Keys whose row's checkbox was ticked when we last looked. */
  const ticked = new Set<string>();
  let dimMatch: ((id: string) => boolean) | null = null;
  let focused: string | null = null;
  /** The pass already asked for (a timer id), or 0. */
  let due = 0;
  /** Nodes the page added since the last pass, where new rows may be. */
  let added: Node[] = [];
  /** Rows found but not decorated yet (a slice at a time). */
  let todo: Element[] = [];
  /** Rows that showed nothing to tie them to a creator; read again when they change. */
  const unread = new Set<Element>();
  /** Rows the page changed inside: their key is read again on the next pass. */
  let rekey = new Set<Element>();
  /** Look at every row: the first pass, and after the page removed rows or re-created cells. */
  let full = true;
  let removals = false;
  let recount = false;
  /**
   * The results table and its columns, found on the first pass that read rows: later passes read
   * only their new rows (finding the table and its headers again is a query over every listed row).
   * Forgotten on a full pass (a new search may re-render the table).
   */
  let reader: { table: Element; cols: Columns } | null = null;
  let listedCache: ListedRow[] | null = [];
  let selectedCache: string[] | null = [];

  const dirty = () => {
    listedCache = null;
    selectedCache = null;
  };

  const undecorate = (el: Element, d: Decorated) => {
    opts.unmount(d.root);
    d.host.remove();
    decorated.delete(el);
    seen.delete(el);
    ticked.delete(d.key);
    undim(el as HTMLElement);
  };

  /** Decorates `row`; true when it follows the rows listed so far (the cached page order still holds). */
  const decorate = (row: CreatorRowKey, read: () => CreatorDomRow): boolean => {
    const key = rowKeyOf(row);
    if (!key) {
      unread.add(row.element);
      return true;
    }
    unread.delete(row.element);
    const host = document.createElement(ROW_HOST_TAG);
    host.setAttribute('data-row', key);
    const root = attachGuardedShadow(host, GUARDED_EVENTS);
    adoptRowStyles(root);
    insert(rowOverlayMountPoint(row), host);
    seen.add(row.element);
    decorated.set(row.element, { key, host, root });
    if (isCheckbox(row.element)) {
      ticked.add(key);
      selectedCache = null;
    }
    if (dimMatch) dim(row.element as HTMLElement, !dimMatch(key));
    opts.mount(root, key, row, read);
    return appendListed(key, row.element);
  };

  /**
   * Infinite scroll appends rows: keep the page order by appending to it, instead of one query over
   * every listed row per page. A row anywhere else drops the order (worked out again when asked).
   */
  const appendListed = (key: string, element: Element): boolean => {
    if (!listedCache) return false;
    const last = listedCache[listedCache.length - 1];
    if (last && !(last.element.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)) {
      listedCache = null;
      return false;
    }
    listedCache = [...listedCache, { key, element }];
    return true;
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

  /** New rows among the nodes the page added (a row itself, or a body or table holding rows). */
  const rowsIn = (nodes: readonly Node[]): Element[] => {
    const out: Element[] = [];
    for (const n of nodes) {
      if (n.nodeType !== 1 || !n.isConnected) continue;
      const e = n as Element;
      if (e.matches(ROWS)) out.push(e);
      else if (e.firstElementChild) for (const r of e.querySelectorAll(ROWS)) out.push(r);
    }
    return out;
  };

  const pass = () => {
    due = 0;
    if (signal.aborted) return;
    let changed = false;
    /** Something other than rows appended in page order changed: the cached order must go. */
    let reorder = false;
    // Rows the page removed (a new search), and rows whose cell the page re-created under our host.
    if (removals) {
      removals = false;
      for (const [el, d] of decorated) {
        if (!el.isConnected || !d.host.isConnected) {
          undecorate(el, d);
          changed = true;
          reorder = true;
          // Still listed (its cell was re-created): decorate it again below.
          if (el.isConnected) full = true;
        }
      }
      for (const el of unread) if (!el.isConnected) unread.delete(el);
    }
    // Rows the page changed inside: another creator in the same row element (rows keyed by index), or
    // texts that arrived late. Cheap to ask (the key reads two spans or the creator cell's texts).
    if (rekey.size) {
      const rows = rekey;
      rekey = new Set();
      for (const el of rows) {
        if (!el.isConnected) continue;
        const d = decorated.get(el);
        if (d && reader && rowKeyOf(readCreatorRowKey(el, reader.cols)) === d.key) continue;
        if (d) {
          undecorate(el, d);
          changed = true;
          reorder = true;
        }
        unread.delete(el);
        added.push(el);
      }
    }
    if (full) reader = null;
    const found = full ? Array.from(table.querySelectorAll(ROWS)) : rowsIn(added);
    full = false;
    added = [];
    const queued = new Set(todo);
    for (const r of found) if (!seen.has(r) && !queued.has(r)) todo.push(r);
    if (todo.length) {
      const until = now() + SLICE_MS;
      // The first read checks the page is what we expect (a results table with creator rows).
      if (!reader) {
        const first = todo.filter((r) => r.isConnected && !seen.has(r)).slice(0, 1);
        const read = first.length
          ? readCreatorRows(table.parentElement ?? table, { only: first, language: opts.language })
          : null;
        if (read?.ok) reader = { table: read.table, cols: columns(read.table, first[0]) };
        else todo = [];
      }
      while (reader && todo.length) {
        const r = todo.shift() as Element;
        if (!r.isConnected || seen.has(r)) continue;
        const [el] = bodyRowsOf(reader.table, [r]);
        if (el) {
          const cols = reader.cols;
          if (!decorate(readCreatorRowKey(el, cols), () => readCreatorRow(el, cols, opts.language))) reorder = true;
          changed = true;
        }
        if (now() >= until) break;
      }
      if (todo.length) request();
    }
    // A full read of the checkboxes only after the seller clicked.
    if (recount) {
      recount = false;
      const before = [...ticked].sort().join();
      ticked.clear();
      for (const [el, d] of decorated) if (isCheckbox(el)) ticked.add(d.key);
      if ([...ticked].sort().join() !== before) {
        selectedCache = null;
        if (!changed) changes.emit();
      }
    }
    if (changed) {
      if (reorder) dirty();
      changes.emit();
    }
  };

  function request() {
    if (!due && !signal.aborted) due = schedule(pass);
  }

  /** The decorated or unreadable row a change inside it concerns. */
  const rowAround = (n: Node): Element | null => {
    const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
    const tr = el?.closest('tr') ?? null;
    return tr && (decorated.has(tr) || unread.has(tr)) ? tr : null;
  };

  const observer = new MutationObserver((records) => {
    // Our own hosts going in or out are no news.
    let news = false;
    for (const r of records) {
      if (r.type === 'characterData' || r.target.nodeType === 1) {
        const tr = rowAround(r.target);
        if (tr && !(r.type === 'childList' && onlyOurHosts(r))) {
          rekey.add(tr);
          news = true;
        }
      }
      for (let i = 0; i < r.removedNodes.length; i++) {
        if (!isOurHost(r.removedNodes[i] as Node)) {
          removals = true;
          news = true;
          break;
        }
      }
      for (let i = 0; i < r.addedNodes.length; i++) {
        const n = r.addedNodes[i] as Node;
        if (n.nodeType === 1 && !isOurHost(n)) {
          added.push(n);
          news = true;
        }
      }
    }
    if (news) request();
  });
  observer.observe(table, { childList: true, subtree: true, characterData: true });

  // The page's checkboxes: recount after the seller ticks one (the page re-renders in the same task).
  const onTick = (e: Event) => {
    if (!e.isTrusted) return;
    recount = true;
    request();
  };
  const rowOf = (e: Event): string | null => {
    const t = e.target as Element | null;
    const tr = t?.closest?.('tr');
    return tr ? (decorated.get(tr)?.key ?? null) : null;
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
      if (due) cancel(due);
      due = 0;
      observer.disconnect();
      table.removeEventListener('click', onTick, listenOpts);
      table.removeEventListener('change', onTick, listenOpts);
      table.removeEventListener('pointerover', onFocus, listenOpts);
      table.removeEventListener('focusin', onFocus, listenOpts);
      for (const [el, d] of decorated) undecorate(el, d);
      for (const el of [...dimmed.keys()]) undim(el);
      todo = [];
      unread.clear();
      rekey.clear();
      dirty();
    },
    { once: true },
  );

  request();

  /** Decorated rows in page order: one native query, when asked (not per page of rows). */
  const listed = (): readonly ListedRow[] => {
    if (listedCache) return listedCache;
    const out: ListedRow[] = [];
    if (!signal.aborted)
      for (const el of table.querySelectorAll(ROWS)) {
        const d = decorated.get(el);
        if (d) out.push({ key: d.key, element: el });
      }
    listedCache = out;
    return out;
  };

  return {
    listed,
    unreadable() {
      if (signal.aborted) return 0;
      let n = 0;
      for (const el of unread) if (el.isConnected) n++;
      return n;
    },
    selectedKeys() {
      if (!selectedCache)
        selectedCache = listed()
          .filter((r) => ticked.has(r.key))
          .map((r) => r.key);
      return selectedCache;
    },
    setDim(match) {
      dimMatch = match;
      if (match === null && dimmed.size === 0) return;
      for (const [el, d] of decorated) dim(el as HTMLElement, match !== null && !match(d.key));
    },
    focusedKey: () => focused,
    subscribe: changes.subscribe,
  };
}
