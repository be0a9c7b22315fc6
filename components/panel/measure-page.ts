import type { Obstacle, PlacementInput } from '@/lib/layout/place-panel';

/**
 * What a seller can click, type into or sort on. Table header cells count whole (a sorter or a resize
 * handle can sit anywhere in them), and so do table rows: Seller Center rows open a detail page on click,
 * and a panel over the middle of a row hides the figures the seller compares.
 */
export const CONTROL_SELECTOR = [
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'a[href]',
  'th',
  'tbody tr',
  '[role="button"]',
  '[role="link"]',
  '[role="switch"]',
  '[role="checkbox"]',
  '[role="radio"]',
  '[role="tab"]',
  '[role="combobox"]',
  '[role="menuitem"]',
  '[contenteditable="true"]',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

export type PageMeasure = Pick<PlacementInput, 'viewport' | 'obstacles' | 'scroll' | 'clipTop' | 'clipBottom'>;

/** Seller Center scrolls one container, not the window (domain notes); other pages scroll the document. */
export function mainScroller(doc: Document): Element | null {
  return doc.getElementById('scroll-container') ?? doc.scrollingElement;
}

/** Whether an element stays put while the page scrolls; memoised per pass, since rows share their ancestors. */
function pinnedTest(win: Window, stop: Element | null) {
  const memo = new Map<Element, boolean>();
  const pinned = (el: Element | null): boolean => {
    if (!el || el === stop || el === el.ownerDocument.documentElement) return false;
    const known = memo.get(el);
    if (known !== undefined) return known;
    const pos = win.getComputedStyle(el).position;
    const result = pos === 'fixed' || pos === 'sticky' || pinned(el.parentElement);
    memo.set(el, result);
    return result;
  };
  return pinned;
}

/** The bottom of a pinned bar across the top (or the top of one across the bottom), found at one point. */
function barEdge(doc: Document, win: Window, host: Element, y: number, edge: 'top' | 'bottom'): number | undefined {
  const vw = win.innerWidth;
  const hit = doc.elementsFromPoint(vw / 2, y).find((e) => e !== host && !host.contains(e));
  for (let el: Element | null = hit ?? null; el && el !== doc.documentElement; el = el.parentElement) {
    const pos = win.getComputedStyle(el).position;
    if (pos !== 'fixed' && pos !== 'sticky') continue;
    const r = el.getBoundingClientRect();
    if (r.width < vw / 2) return undefined;
    return edge === 'top' ? r.bottom : r.top;
  }
  return undefined;
}

/**
 * Reads the page's controls, its scroll range and its pinned bars: one layout read, no writes. `host` is
 * our own panel, left out of what it must avoid.
 */
export function measurePage(doc: Document, win: Window, host: Element): PageMeasure {
  const viewport = { width: doc.documentElement.clientWidth || win.innerWidth, height: win.innerHeight };
  const scroller = mainScroller(doc);
  const pinned = pinnedTest(win, scroller);
  const obstacles: Obstacle[] = [];
  for (const el of doc.querySelectorAll(CONTROL_SELECTOR)) {
    if (el === host || host.contains(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1 || r.right <= 0 || r.left >= viewport.width) continue;
    obstacles.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom, pinned: pinned(el) });
  }
  const scroll = scroller
    ? { up: scroller.scrollTop, down: Math.max(0, scroller.scrollHeight - scroller.clientHeight - scroller.scrollTop) }
    : undefined;
  return {
    viewport,
    obstacles,
    scroll,
    clipTop: barEdge(doc, win, host, 1, 'top'),
    clipBottom: barEdge(doc, win, host, viewport.height - 1, 'bottom'),
  };
}
