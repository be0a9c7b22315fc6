import type { Obstacle, PlacementInput } from '@/lib/layout/place-panel';
import { carryOver, type Growth, type RowsChange } from '@/lib/layout/remeasure';

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
  '[role="menuitemcheckbox"]',
  '[role="menuitemradio"]',
  '[role="option"]',
  '[role="searchbox"]',
  '[role="slider"]',
  '[role="spinbutton"]',
  '[role="treeitem"]',
  '[contenteditable="true"]',
  '[tabindex]:not([tabindex^="-"])',
  // Menu triggers: Arco marks an open one with `*-popup-visible`; others say so in ARIA.
  '[aria-haspopup]:not([aria-haspopup="false"])',
  '[aria-expanded]',
  '[class*="-popup-visible"]',
  'summary',
  '[onclick]',
].join(',');

/**
 * Plain div/span elements made clickable by a listener (the header's Arco dropdown triggers, a floating help
 * widget) show only as `cursor: pointer`. Reading every element's style would cost a long task on a big
 * page, so only the page's pinned bars and widgets are read: the fixed children of `body` (where widgets and
 * portals go), and what hit tests find on lines EDGE_INSET px in from the top, right and bottom edges, where
 * the pill sits (one hit inside a bar finds the whole bar; a hit test costs ~0.1 ms on Find creators).
 */
const EDGE_INSET = 32;
/** Along the right edge, where the pill goes first, a hit every this many px; along the top and bottom, twice that. */
const EDGE_STEP = 64;
/** A pinned box larger than this share of the viewport is a page frame, not a bar or a widget. */
const MAX_BAR_SHARE = 0.4;
/** Elements read per pinned bar. */
const MAX_BAR_ELEMENTS = 400;

/**
 * Bounds on one pass, so a huge page costs a partial answer rather than a long task. Table bodies are
 * skipped whole (one box each), so Seller Center's pages stay far below these at any number of rows.
 */
const MAX_VISITED = 20_000;
const MAX_CONTROLS = 600;

export type PageMeasure = Pick<PlacementInput, 'viewport' | 'obstacles' | 'scroll' | 'clipTop' | 'clipBottom'>;

/** One table body, measured as a single box: its rows are contiguous and everything in them lies inside. */
interface Body {
  el: Element;
  /** Its box in the viewport when the snapshot's scrollTop was read. */
  top: number;
  bottom: number;
  pinned: boolean;
}

/** A full measure, kept so that rows appended later can be taken in by re-reading the table bodies alone. */
export interface PageSnapshot {
  measure: PageMeasure;
  bodies: Body[];
  /** Every control outside the table bodies. */
  others: Obstacle[];
  /** The scroller's scrollTop when `others` were read. */
  scrollTop: number;
}

/** Seller Center scrolls one container, not the window (domain notes); other pages scroll the document. */
export function mainScroller(doc: Document): Element | null {
  return doc.getElementById('scroll-container') ?? doc.scrollingElement;
}

/** `position` per element, read once per pass: controls share most of their ancestors. */
function positions(win: Window) {
  const memo = new Map<Element, string>();
  return (el: Element): string => {
    let pos = memo.get(el);
    if (pos === undefined) {
      pos = win.getComputedStyle(el).position;
      memo.set(el, pos);
    }
    return pos;
  };
}

/** Whether an element stays put while the page scrolls; memoised per pass. */
function pinnedTest(position: (el: Element) => string, stop: Element | null) {
  const memo = new Map<Element, boolean>();
  const pinned = (el: Element | null): boolean => {
    if (!el || el === stop || el === el.ownerDocument.documentElement) return false;
    const known = memo.get(el);
    if (known !== undefined) return known;
    const pos = position(el);
    const result = pos === 'fixed' || pos === 'sticky' || pinned(el.parentElement);
    memo.set(el, result);
    return result;
  };
  return pinned;
}

/** The page's element at one point, looking through our own panel. */
function pageElementAt(doc: Document, host: Element, x: number, y: number): Element | null {
  const top = doc.elementFromPoint(x, y);
  if (!top || (top !== host && !host.contains(top))) return top;
  // Our panel is there: a full hit list at this one point, which is rare (the pill on the top edge).
  return doc.elementsFromPoint(x, y).find((e) => e !== host && !host.contains(e)) ?? null;
}

/** The bottom of a pinned bar across the top (or the top of one across the bottom), found at one point. */
function barEdge(
  doc: Document,
  win: Window,
  host: Element,
  position: (el: Element) => string,
  y: number,
  edge: 'top' | 'bottom',
) {
  const vw = win.innerWidth;
  for (let el = pageElementAt(doc, host, vw / 2, y); el && el !== doc.documentElement; el = el.parentElement) {
    const pos = position(el);
    if (pos !== 'fixed' && pos !== 'sticky') continue;
    const r = el.getBoundingClientRect();
    if (r.width < vw / 2) return undefined;
    return edge === 'top' ? r.bottom : r.top;
  }
  return undefined;
}

/** The outermost fixed or sticky box under one point, below the scroller; null when there is none. */
function pinnedRootAt(
  doc: Document,
  host: Element,
  position: (el: Element) => string,
  stop: Element | null,
  x: number,
  y: number,
) {
  let root: Element | null = null;
  for (
    let el = pageElementAt(doc, host, x, y);
    el && el !== stop && el !== doc.body && el !== doc.documentElement;
    el = el.parentElement
  ) {
    const pos = position(el);
    if (pos === 'fixed' || pos === 'sticky') root = el;
  }
  return root;
}

/** The outermost `cursor: pointer` elements inside the pinned bars and widgets along the viewport's edges. */
function pointerControlsOnEdges(
  doc: Document,
  win: Window,
  host: Element,
  position: (el: Element) => string,
  stop: Element | null,
  vw: number,
  vh: number,
): Element[] {
  const points: Array<[number, number]> = [];
  for (let x = vw - EDGE_INSET; x > 0; x -= 2 * EDGE_STEP) points.push([x, EDGE_INSET], [x, vh - EDGE_INSET]);
  for (let y = EDGE_INSET; y < vh; y += EDGE_STEP) points.push([vw - EDGE_INSET, y]);
  const candidates = new Set<Element>();
  for (const c of doc.body?.children ?? []) if (c !== host && position(c) === 'fixed') candidates.add(c);
  for (const [x, y] of points) {
    const root = pinnedRootAt(doc, host, position, stop, x, y);
    if (root) candidates.add(root);
  }
  const roots: Element[] = [];
  for (const root of candidates) {
    const r = root.getBoundingClientRect();
    if (r.width > 0 && r.height > 0 && r.width * r.height <= MAX_BAR_SHARE * vw * vh) roots.push(root);
  }
  const found: Element[] = [];
  for (const root of roots) {
    let read = 0;
    const visit = (el: Element): void => {
      if (read++ >= MAX_BAR_ELEMENTS || el === host) return;
      if (win.getComputedStyle(el).cursor === 'pointer') {
        found.push(el);
        return; // its children inherit the cursor: the outermost box covers them
      }
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) visit(c);
    };
    visit(root);
  }
  return found;
}

function scrollRange(scroller: Element | null): PageMeasure['scroll'] {
  return scroller
    ? { up: scroller.scrollTop, down: Math.max(0, scroller.scrollHeight - scroller.clientHeight - scroller.scrollTop) }
    : undefined;
}

function boxOf(el: Element, viewportWidth: number): DOMRect | null {
  const r = el.getBoundingClientRect();
  return r.width < 1 || r.height < 1 || r.right <= 0 || r.left >= viewportWidth ? null : r;
}

const obstacle = (r: DOMRect, pinned: boolean): Obstacle => ({
  left: r.left,
  top: r.top,
  right: r.right,
  bottom: r.bottom,
  pinned,
});

/**
 * Reads the page's controls, its scroll range and its pinned bars: layout reads only, no writes. `host` is
 * our own panel, left out of what it must avoid. One walk over the page's elements that steps over table
 * bodies (a box each) and our host, so its cost does not grow with the rows listed.
 */
export function snapshotPage(doc: Document, win: Window, host: Element): PageSnapshot {
  const viewport = { width: doc.documentElement.clientWidth || win.innerWidth, height: win.innerHeight };
  const scroller = mainScroller(doc);
  const position = positions(win);
  const pinned = pinnedTest(position, scroller);
  const bodies: Body[] = [];
  const controls: Element[] = [];
  const root = doc.body ?? doc.documentElement;
  let visited = 0;
  let el: Element | null = root.firstElementChild;
  while (el && visited < MAX_VISITED && controls.length < MAX_CONTROLS) {
    visited++;
    let enter = true;
    if (el === host) enter = false;
    else if (el.localName === 'tbody') {
      enter = false;
      bodies.push({ el, top: 0, bottom: 0, pinned: false });
    } else if (el.matches(CONTROL_SELECTOR)) controls.push(el);
    let next: Element | null = enter ? el.firstElementChild : null;
    for (let up: Element | null = el; !next && up && up !== root; up = up.parentElement) next = up.nextElementSibling;
    el = next;
  }
  for (const c of pointerControlsOnEdges(doc, win, host, position, scroller, viewport.width, viewport.height))
    controls.push(c);
  const others: Obstacle[] = [];
  for (const c of controls) {
    const r = boxOf(c, viewport.width);
    if (r) others.push(obstacle(r, pinned(c)));
  }
  const measured: Body[] = [];
  const bodyBoxes: Obstacle[] = [];
  for (const b of bodies) {
    const r = boxOf(b.el, viewport.width);
    if (!r) continue;
    const p = pinned(b.el);
    measured.push({ el: b.el, top: r.top, bottom: r.bottom, pinned: p });
    bodyBoxes.push(obstacle(r, p));
  }
  return {
    measure: {
      viewport,
      obstacles: [...others, ...bodyBoxes],
      scroll: scrollRange(scroller),
      clipTop: barEdge(doc, win, host, position, 1, 'top'),
      clipBottom: barEdge(doc, win, host, position, viewport.height - 1, 'bottom'),
    },
    bodies: measured,
    others,
    scrollTop: scroller?.scrollTop ?? 0,
  };
}

/**
 * The snapshot with its table bodies and scroll range read again and everything else carried over (moved by
 * the distance scrolled and by the rows added above it): a handful of reads, for when infinite scroll has
 * appended rows. Also says what the bodies did. Null when a body left the page (a re-render): measure it all again.
 */
export function refreshRows(snap: PageSnapshot, doc: Document): { snapshot: PageSnapshot; rows: RowsChange } | null {
  const scroller = mainScroller(doc);
  const scrollTop = scroller?.scrollTop ?? 0;
  const scrolled = scrollTop - snap.scrollTop;
  const { viewport } = snap.measure;
  const rows: RowsChange = { growth: 0, moved: false };
  const growths: Growth[] = [];
  const bodies: Body[] = [];
  const bodyBoxes: Obstacle[] = [];
  for (const b of snap.bodies) {
    if (!b.el.isConnected) return null;
    const r = boxOf(b.el, viewport.width);
    if (!r) return null;
    const by = r.height - (b.bottom - b.top);
    // Where its top would be had only the scroll position changed (pinned bodies do not scroll).
    const expectedTop = b.pinned ? b.top : b.top - scrolled;
    if (Math.abs(r.top - expectedTop) > 0.5) rows.moved = true;
    rows.growth += by;
    growths.push({ at: b.bottom, by });
    bodies.push({ ...b, top: r.top, bottom: r.bottom });
    bodyBoxes.push(obstacle(r, b.pinned));
  }
  const others = carryOver(snap.others, snap.scrollTop, scrollTop, growths);
  return {
    rows,
    snapshot: {
      measure: { ...snap.measure, obstacles: [...others, ...bodyBoxes], scroll: scrollRange(scroller) },
      bodies,
      others,
      scrollTop,
    },
  };
}
