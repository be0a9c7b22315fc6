import { freeGaps, grow, intersects, type Rect, rectOf, type Size } from './rect';

/** Where the panel can sit beside the page: a strip along one viewport edge. */
export type Dock = 'right' | 'left' | 'bottom';
/** What the seller asked for: a dock, or "find me a free one". */
export type DockChoice = 'auto' | Dock;

/** One of the page's interactive controls. Pinned ones (inside a fixed or sticky bar) do not scroll. */
export interface Obstacle extends Rect {
  pinned?: boolean;
}

export interface PlacementInput {
  viewport: Size;
  /** The page's controls, measured now (including those scrolled out of view). */
  obstacles: readonly Obstacle[];
  /** How far the page's scroller can still move: `up` = its scrollTop, `down` = what is left below. */
  scroll?: { up: number; down: number };
  /** Scrolled content is hidden above / below these lines (the page's sticky top bar and footer). */
  clipTop?: number;
  clipBottom?: number;
  panel: { width: number; minWidth: number; minHeight: number; maxHeight: number };
  pill: Size;
  choice: DockChoice;
  /** Space kept between the panel, the viewport edges and the page's controls. */
  margin?: number;
}

export type Placement =
  | {
      mode: 'docked';
      dock: Dock;
      left: number;
      width: number;
      /** Exactly one of top / bottom: a panel in a gap that reaches the bottom grows upwards. */
      top?: number;
      bottom?: number;
      maxHeight: number;
    }
  | {
      mode: 'compact';
      /** The edge the pill sits on: the panel opens from there. */
      side: Dock | 'top';
      left: number;
      top: number;
      /** False when every spot for the pill covers some control (then it takes the least crowded one). */
      clear: boolean;
    };

const DEFAULT_MARGIN = 12;
/** Pill positions are tried every STEP px along each edge: fine enough, and a few thousand checks at most. */
const STEP = 8;

/**
 * Where every control can be while the seller scrolls: a scrolling control sweeps the band between its
 * highest and lowest positions, clipped to where scrolled content is visible. Placing against these swept
 * boxes means the panel stays clear of the page at any scroll position, so scrolling never moves it.
 */
export function sweptObstacles(input: PlacementInput): Rect[] {
  const up = input.scroll?.up ?? 0;
  const down = input.scroll?.down ?? 0;
  const clipTop = input.clipTop ?? Number.NEGATIVE_INFINITY;
  const clipBottom = input.clipBottom ?? Number.POSITIVE_INFINITY;
  const { width, height } = input.viewport;
  const out: Rect[] = [];
  for (const o of input.obstacles) {
    if (o.right <= o.left || o.bottom <= o.top) continue;
    const r = o.pinned
      ? { left: o.left, top: o.top, right: o.right, bottom: o.bottom }
      : {
          left: o.left,
          right: o.right,
          top: Math.max(o.top - down, clipTop),
          bottom: Math.min(o.bottom + up, clipBottom),
        };
    if (r.bottom <= r.top || r.right <= 0 || r.left >= width || r.bottom <= 0 || r.top >= height) continue;
    out.push(r);
  }
  return out;
}

function dockOrder(choice: DockChoice): Dock[] {
  return choice === 'auto' ? ['right', 'bottom', 'left'] : [choice];
}

/** A vertical strip at the left or right edge: the tallest gap between the controls it crosses. */
function placeInStrip(dock: 'left' | 'right', input: PlacementInput, swept: Rect[], m: number): Placement | null {
  const { width: vw, height: vh } = input.viewport;
  const { panel } = input;
  const widths = [...new Set([Math.min(panel.width, vw - 2 * m), Math.min(panel.minWidth, vw - 2 * m)])];
  for (const w of widths) {
    if (w < Math.min(panel.minWidth, vw - 2 * m)) continue;
    const left = dock === 'right' ? vw - m - w : m;
    const strip = { left: left - m, right: left + w + m };
    const blocked = swept
      .filter((r) => r.left < strip.right && strip.left < r.right)
      .map((r) => [r.top - m, r.bottom + m] as const);
    const gaps = freeGaps(m, vh - m, blocked).filter(([a, b]) => b - a >= panel.minHeight);
    if (!gaps.length) continue;
    const [a, b] = gaps.reduce((best, g) => (g[1] - g[0] > best[1] - best[0] ? g : best));
    const maxHeight = Math.min(b - a, panel.maxHeight);
    // A gap that reaches the bottom edge (and not the top) is below the page's content: sit at its foot.
    return b >= vh - m && a > m
      ? { mode: 'docked', dock, left, width: w, bottom: vh - b, maxHeight }
      : { mode: 'docked', dock, left, width: w, top: a, maxHeight };
  }
  return null;
}

/** A band along the bottom edge: the right-most free stretch wide enough, as tall as the controls above allow. */
function placeAtBottom(input: PlacementInput, swept: Rect[], m: number): Placement | null {
  const { width: vw, height: vh } = input.viewport;
  const { panel } = input;
  const minWidth = Math.min(panel.minWidth, vw - 2 * m);
  const band = { top: vh - m - panel.minHeight - m, bottom: vh };
  const blocked = swept
    .filter((r) => r.top < band.bottom && band.top < r.bottom)
    .map((r) => [r.left - m, r.right + m] as const);
  const gaps = freeGaps(m, vw - m, blocked).filter(([a, b]) => b - a >= minWidth);
  const gap = gaps.at(-1);
  if (!gap) return null;
  const width = Math.min(panel.width, gap[1] - gap[0]);
  const left = gap[1] - width;
  // Grow upwards until the first control above the chosen stretch.
  const ceiling = swept
    .filter((r) => r.left < left + width + m && left - m < r.right && r.top < vh - m)
    .reduce((y, r) => Math.max(y, r.bottom + m), m);
  const maxHeight = Math.min(vh - m - ceiling, panel.maxHeight);
  if (maxHeight < panel.minHeight) return null;
  return { mode: 'docked', dock: 'bottom', left, width, bottom: m, maxHeight };
}

type Side = Dock | 'top';

function sideOrder(choice: DockChoice): Side[] {
  switch (choice) {
    case 'left':
      return ['left', 'top', 'bottom', 'right'];
    case 'bottom':
      return ['bottom', 'right', 'left', 'top'];
    default:
      return ['right', 'top', 'bottom', 'left'];
  }
}

/** Pill spots along one edge, starting from the corner a seller looks at first (top, or right for bands). */
function spotsAlong(side: Side, vp: Size, pill: Size, m: number): Array<[number, number]> {
  const spots: Array<[number, number]> = [];
  const maxX = vp.width - m - pill.width;
  const maxY = vp.height - m - pill.height;
  if (side === 'right' || side === 'left') {
    const x = side === 'right' ? maxX : m;
    for (let y = m; y <= maxY; y += STEP) spots.push([x, y]);
  } else {
    const y = side === 'top' ? m : maxY;
    for (let x = maxX; x >= m; x -= STEP) spots.push([x, y]);
  }
  return spots;
}

function compact(input: PlacementInput, swept: Rect[], m: number): Placement {
  const { pill, viewport } = input;
  let fallback: { side: Side; left: number; top: number; hits: number } | null = null;
  for (const side of sideOrder(input.choice)) {
    for (const [left, top] of spotsAlong(side, viewport, pill, m)) {
      const box = grow(rectOf(left, top, pill.width, pill.height), m / 2);
      let hits = 0;
      for (const r of swept) if (intersects(box, r)) hits++;
      if (hits === 0) return { mode: 'compact', side, left, top, clear: true };
      if (!fallback || hits < fallback.hits) fallback = { side, left, top, hits };
    }
  }
  // Nothing is free (a tiny window): the least crowded spot, or the top-right corner.
  const f = fallback ?? { side: 'right' as const, left: Math.max(0, viewport.width - m - pill.width), top: m };
  return { mode: 'compact', side: f.side, left: f.left, top: f.top, clear: false };
}

/**
 * Where the panel goes so that it covers none of the page's controls: docked in a free strip at the
 * seller's chosen edge (or the first free one of right, bottom, left), else a pill on a free spot.
 * Pure: the caller measures the page and applies the answer.
 */
export function placePanel(input: PlacementInput): Placement {
  const m = input.margin ?? DEFAULT_MARGIN;
  const swept = sweptObstacles(input);
  for (const dock of dockOrder(input.choice)) {
    const placed = dock === 'bottom' ? placeAtBottom(input, swept, m) : placeInStrip(dock, input, swept, m);
    if (placed) return placed;
  }
  return compact(input, swept, m);
}

/** The next dock for the keyboard's "Move panel": right → left → bottom → right. */
export function nextDock(current: Dock): Dock {
  return current === 'right' ? 'left' : current === 'left' ? 'bottom' : 'right';
}

/** Where a dragged panel was dropped, as a dock: the lower third is the bottom, otherwise the nearer side. */
export function dockAtPoint(x: number, y: number, viewport: Size): Dock {
  if (y > (viewport.height * 2) / 3) return 'bottom';
  return x < viewport.width / 2 ? 'left' : 'right';
}

/** Same placement, so a re-measure that changes nothing re-renders nothing. */
export function samePlacement(a: Placement | null, b: Placement | null): boolean {
  if (!a || !b) return a === b;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The box of a pill opened over the page: it grows from the pill's corner towards the roomier side. */
export function openFromPill(
  pill: Extract<Placement, { mode: 'compact' }>,
  pillSize: Size,
  viewport: Size,
  panelWidth: number,
  margin = DEFAULT_MARGIN,
): { left: number; width: number; top?: number; bottom?: number; maxHeight: number } {
  const width = Math.min(panelWidth, viewport.width - 2 * margin);
  const alignRight = pill.left + pillSize.width / 2 > viewport.width / 2;
  const rawLeft = alignRight ? pill.left + pillSize.width - width : pill.left;
  const left = Math.min(Math.max(margin, rawLeft), viewport.width - margin - width);
  const downwards = pill.top + pillSize.height / 2 <= viewport.height / 2;
  return downwards
    ? { left, width, top: pill.top, maxHeight: viewport.height - pill.top - margin }
    : {
        left,
        width,
        bottom: viewport.height - pill.top - pillSize.height,
        maxHeight: pill.top + pillSize.height - margin,
      };
}
