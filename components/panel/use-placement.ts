import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type DockChoice, type Placement, placePanel, samePlacement } from '@/lib/layout/place-panel';
import type { Rect, Size } from '@/lib/layout/rect';
import { classifyChange, dueAt } from '@/lib/layout/remeasure';
import { mainScroller, type PageMeasure, type PageSnapshot, refreshRows, snapshotPage } from './measure-page';

/** The panel's preferred and smallest useful sizes (px); the pill's is measured once it renders. */
export const PANEL_SIZE = { width: 340, minWidth: 280, minHeight: 240, maxHeight: 640 };
const PILL_FALLBACK = { width: 220, height: 36 };

/**
 * A burst of page changes (rows loading, a section opening, a window being dragged wider) is measured
 * once, DEBOUNCE_MS after it ends (at most MAX_WAIT_MS after it starts), when the main thread is idle.
 */
const DEBOUNCE_MS = 200;
const MAX_WAIT_MS = 1_000;
const IDLE_TIMEOUT_MS = 300;

export interface PanelLayout {
  placement: Placement | null;
  /** The page's controls in its pinned bars (header, footer, widgets), as last measured. */
  pinned: readonly Rect[];
  /** The sizes the placement was made for: an opened pill grows from them. */
  viewport: Size;
  pill: Size;
  /** Place again on the next frame (e.g. the pill's text changed its width); the page is not re-read. */
  remeasure(): void;
}

/**
 * Keeps the panel placed clear of the page's controls. Measures once on mount, then only when the layout
 * that matters changes: the window's size, or the size of the page's main container (ResizeObserver on
 * the scroller's children, not every DOM mutation), coalesced to idle time. Rows appended by infinite
 * scroll re-read just the table bodies; scrolling alone never re-places (placement accounts for the
 * scroll range), and a new dock choice or pill width re-places from the last measure without touching
 * the page.
 */
export function usePlacement(
  panel: RefObject<HTMLElement | null>,
  pill: RefObject<HTMLElement | null>,
  choice: DockChoice,
): PanelLayout {
  const [layout, setLayout] = useState<Omit<PanelLayout, 'remeasure'>>({
    placement: null,
    pinned: [],
    viewport: { width: 0, height: 0 },
    pill: PILL_FALLBACK,
  });
  const last = useRef<Placement | null>(null);
  const choiceRef = useRef(choice);
  choiceRef.current = choice;
  const replace = useRef<() => void>(() => {});

  useEffect(() => {
    const el = panel.current;
    const root = el?.getRootNode();
    const host = root instanceof ShadowRoot ? root.host : null;
    const doc = host?.ownerDocument;
    const win = doc?.defaultView;
    if (!el || !host || !doc || !win) return;

    let snap: PageSnapshot | null = null;
    let pinnedCount = -1;
    /** The container's boxes as ResizeObserver last reported them, and as they were at the last measure. */
    const boxes = new Map<Element, Size>();
    let boxesAtMeasure = new Map<Element, Size>();

    const apply = (measured: PageMeasure) => {
      const p = pill.current?.getBoundingClientRect();
      const pillSize = p && p.width > 0 ? { width: Math.ceil(p.width), height: Math.ceil(p.height) } : PILL_FALLBACK;
      const next = placePanel({ ...measured, panel: PANEL_SIZE, pill: pillSize, choice: choiceRef.current });
      const pinned = measured.obstacles.filter((o) => o.pinned);
      if (samePlacement(last.current, next) && pinned.length === pinnedCount) return;
      last.current = next;
      pinnedCount = pinned.length;
      setLayout({ placement: next, pinned, viewport: measured.viewport, pill: pillSize });
    };
    const measureAll = () => {
      snap = snapshotPage(doc, win, host);
      boxesAtMeasure = new Map(boxes);
      apply(snap.measure);
    };

    let owesFull = false;
    let resizing = false;
    let frame = 0;
    let firstChange = -1;
    let lastChange = -1;
    let timer = 0;
    let idle = 0;
    const run = () => {
      idle = 0;
      firstChange = -1;
      resizing = false;
      if (owesFull || !snap) {
        owesFull = false;
        return measureAll();
      }
      // Only the container changed size: if that was rows appended to a table, the table bodies tell it all.
      const refreshed = refreshRows(snap, doc);
      const change = refreshed ? classifyChange(boxesAtMeasure, boxes, refreshed.rows) : 'layout';
      if (change === 'none') return;
      if (change === 'layout' || !refreshed) return measureAll();
      snap = refreshed.snapshot;
      boxesAtMeasure = new Map(boxes);
      apply(snap.measure);
    };
    /**
     * Runs `run` in the next frame, just after the browser's own layout (ResizeObserver callbacks come
     * then, and the first observation always reports a non-empty box). Measured there, the hit tests
     * force no layout: an idle callback can come after the page changed the DOM, and laying out a
     * 1,000-row table again inside our task made it a long one (~50-60 ms).
     */
    let afterLayout: ResizeObserver | null = null;
    const measureAfterLayout = () => {
      idle = 0;
      afterLayout?.disconnect();
      afterLayout = new win.ResizeObserver(() => {
        afterLayout?.disconnect();
        afterLayout = null;
        run();
      });
      afterLayout.observe(doc.documentElement);
    };
    const whenIdle = () => {
      timer = 0;
      idle = win.requestIdleCallback
        ? win.requestIdleCallback(measureAfterLayout, { timeout: IDLE_TIMEOUT_MS })
        : win.setTimeout(measureAfterLayout, 0);
    };
    const schedule = (full: boolean) => {
      owesFull ||= full;
      const now = win.performance.now();
      if (firstChange < 0) firstChange = now;
      lastChange = now;
      if (idle) return; // a run is already due: it will see this change too
      if (timer) win.clearTimeout(timer);
      timer = win.setTimeout(whenIdle, Math.max(0, dueAt(firstChange, lastChange, DEBOUNCE_MS, MAX_WAIT_MS) - now));
    };
    let frameMeasures = false;
    /** Next frame: place from the last measure, or (`measure`) read the page again first. */
    const nextFrame = (measure: boolean) => {
      frameMeasures ||= measure;
      if (frame) return;
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        if (frameMeasures || !snap) measureAll();
        else apply(snap.measure);
        frameMeasures = false;
      });
    };
    replace.current = () => nextFrame(false);

    // The page's layout changes show up as size changes of the scroller's content (rows loading, sections
    // opening); the observer reports the new sizes itself, so noting them reads no layout.
    const ro = new win.ResizeObserver((entries) => {
      for (const e of entries) boxes.set(e.target, { width: e.contentRect.width, height: e.contentRect.height });
      schedule(false);
    });
    const scroller = mainScroller(doc);
    const container = scroller ?? doc.body;
    if (container) for (const child of container.children) ro.observe(child);
    // A single-page app can swap the scroller's children on navigation: follow the new ones.
    const mo = container
      ? new win.MutationObserver((records) => {
          for (const r of records) {
            for (const n of r.removedNodes) {
              if (n.nodeType !== 1) continue;
              ro.unobserve(n as Element);
              boxes.delete(n as Element);
            }
            for (const n of r.addedNodes) if (n.nodeType === 1) ro.observe(n as Element);
          }
          schedule(true);
        })
      : null;
    if (container) mo?.observe(container, { childList: true });
    // A resized window can leave the panel outside it: place it on the next frame (once per drag burst),
    // then once more when the resizing stops.
    const onResize = () => {
      if (!resizing) nextFrame(true);
      resizing = true;
      schedule(true);
    };
    win.addEventListener('resize', onResize, { passive: true });
    measureAll();
    return () => {
      ro.disconnect();
      afterLayout?.disconnect();
      mo?.disconnect();
      win.removeEventListener('resize', onResize);
      if (timer) win.clearTimeout(timer);
      if (idle && win.cancelIdleCallback) win.cancelIdleCallback(idle);
      else if (idle) win.clearTimeout(idle);
      if (frame) win.cancelAnimationFrame(frame);
      replace.current = () => {};
    };
  }, [panel]);

  // A new choice re-places from the last measure (the page did not change).
  useEffect(() => replace.current(), [choice]);
  return { ...layout, remeasure: () => replace.current() };
}
