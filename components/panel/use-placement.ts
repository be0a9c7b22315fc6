import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type DockChoice, type Placement, placePanel, samePlacement } from '@/lib/layout/place-panel';
import type { Size } from '@/lib/layout/rect';
import { mainScroller, measurePage } from './measure-page';

/** The panel's preferred and smallest useful sizes (px); the pill's is measured once it renders. */
export const PANEL_SIZE = { width: 340, minWidth: 280, minHeight: 240, maxHeight: 640 };
const PILL_FALLBACK = { width: 220, height: 36 };

export interface PanelLayout {
  placement: Placement | null;
  /** The sizes the placement was made for: an opened pill grows from them. */
  viewport: Size;
  pill: Size;
  /** Measure again on the next frame (e.g. the pill's text changed its width). */
  remeasure(): void;
}

/**
 * Keeps the panel placed clear of the page's controls: measures once on mount, then again whenever the
 * window or the page's layout changes size, at most once per animation frame. Scrolling alone never
 * re-places it (placement already accounts for the scroll range).
 */
export function usePlacement(
  panel: RefObject<HTMLElement | null>,
  pill: RefObject<HTMLElement | null>,
  choice: DockChoice,
): PanelLayout {
  const [layout, setLayout] = useState<Omit<PanelLayout, 'remeasure'>>({
    placement: null,
    viewport: { width: 0, height: 0 },
    pill: PILL_FALLBACK,
  });
  const last = useRef<Placement | null>(null);
  const choiceRef = useRef(choice);
  choiceRef.current = choice;
  const rerun = useRef<() => void>(() => {});

  useEffect(() => {
    const el = panel.current;
    const root = el?.getRootNode();
    const host = root instanceof ShadowRoot ? root.host : null;
    const doc = host?.ownerDocument;
    const win = doc?.defaultView;
    if (!el || !host || !doc || !win) return;
    let frame = 0;
    const place = () => {
      frame = 0;
      const measured = measurePage(doc, win, host);
      const p = pill.current?.getBoundingClientRect();
      const pillSize = p && p.width > 0 ? { width: Math.ceil(p.width), height: Math.ceil(p.height) } : PILL_FALLBACK;
      const next = placePanel({ ...measured, panel: PANEL_SIZE, pill: pillSize, choice: choiceRef.current });
      if (samePlacement(last.current, next)) return;
      last.current = next;
      setLayout({ placement: next, viewport: measured.viewport, pill: pillSize });
    };
    const schedule = () => {
      if (!frame) frame = win.requestAnimationFrame(place);
    };
    rerun.current = schedule;
    // The page's layout changes show up as size changes of the scroller's content (rows loading, sections
    // opening) or of the window; observing those few boxes is cheaper than watching mutations.
    const ro = new win.ResizeObserver(schedule);
    const scroller = mainScroller(doc);
    ro.observe(doc.documentElement);
    if (doc.body) ro.observe(doc.body);
    if (scroller) for (const child of scroller.children) ro.observe(child);
    // A single-page app swaps the scroller's children on navigation: follow the new ones.
    const mo = scroller ? new win.MutationObserver(() => {
      for (const child of scroller.children) ro.observe(child);
      schedule();
    }) : null;
    mo?.observe(scroller as Node, { childList: true });
    win.addEventListener('resize', schedule, { passive: true });
    place();
    return () => {
      ro.disconnect();
      mo?.disconnect();
      win.removeEventListener('resize', schedule);
      if (frame) win.cancelAnimationFrame(frame);
    };
  }, [panel]);

  // A new choice re-places right away (next frame).
  useEffect(() => rerun.current(), [choice]);
  return { ...layout, remeasure: () => rerun.current() };
}
