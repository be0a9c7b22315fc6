import { freeGaps, type Rect, type Size } from './rect';

/** Horizontal positions are tried every STEP px between the right and the left edge. */
const STEP = 16;
const DEFAULT_MARGIN = 12;
/** A column this tall says why Send was held without scrolling much: the first one found is taken. */
const ENOUGH_HEIGHT = 360;

export interface OpenBesideInput {
  viewport: Size;
  panel: { width: number; minWidth: number; maxHeight: number };
  /** What must stay visible and usable while the panel is open: Send, Discard, the field to fix, the page's pinned bars. */
  keep: readonly Rect[];
  margin?: number;
}

export interface OpenBox {
  left: number;
  width: number;
  top: number;
  maxHeight: number;
}

/**
 * A box for a panel opened over the page that leaves every `keep` box uncovered: the first free column at
 * least ENOUGH_HEIGHT tall (or as tall as the panel wants), at the preferred width and then the smallest,
 * trying the right edge first, then the left, then every STEP px between; failing that, the tallest free
 * column found. Pure: the caller measures the boxes and applies the answer.
 */
export function openBeside(input: OpenBesideInput): OpenBox {
  const m = input.margin ?? DEFAULT_MARGIN;
  const { width: vw, height: vh } = input.viewport;
  const widths = [...new Set([Math.min(input.panel.width, vw - 2 * m), Math.min(input.panel.minWidth, vw - 2 * m)])];
  const enough = Math.min(ENOUGH_HEIGHT, input.panel.maxHeight);
  let best: (OpenBox & { free: number }) | null = null;
  for (const width of widths) {
    const lefts = [vw - m - width, m];
    for (let x = vw - m - width - STEP; x > m; x -= STEP) lefts.push(x);
    for (const left of lefts) {
      const blocked = input.keep
        .filter((r) => r.left < left + width + m && left - m < r.right)
        .map((r) => [r.top - m, r.bottom + m] as const);
      for (const [a, b] of freeGaps(m, vh - m, blocked)) {
        const free = Math.min(b - a, input.panel.maxHeight);
        if (!best || free > best.free) best = { left, width, top: a, maxHeight: free, free };
      }
      if (best && best.free >= enough) break;
    }
    if (best && best.free >= enough) break;
  }
  if (!best) return { left: vw - m - widths[0]!, width: widths[0]!, top: m, maxHeight: Math.max(0, vh - 2 * m) };
  const { free: _free, ...box } = best;
  return box;
}
