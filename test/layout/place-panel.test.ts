import { describe, expect, it } from 'vitest';
import {
  dockAtPoint,
  nextDock,
  type Obstacle,
  openFromPill,
  type Placement,
  type PlacementInput,
  placePanel,
  sweptObstacles,
} from '@/lib/layout/place-panel';
import { freeGaps, intersects, type Rect, rectOf } from '@/lib/layout/rect';

const PANEL = { width: 340, minWidth: 280, minHeight: 240, maxHeight: 640 };
const PILL = { width: 200, height: 36 };
const box = (left: number, top: number, width: number, height: number, pinned = false): Obstacle => ({
  ...rectOf(left, top, width, height),
  pinned,
});

/** Table rows across the content column, as the list and Find creators pages have. */
function tableRows(left: number, right: number, top: number, count: number, rowHeight = 40): Obstacle[] {
  return Array.from({ length: count }, (_, i) => box(left, top + i * rowHeight, right - left, rowHeight - 8));
}

function input(over: Partial<PlacementInput>): PlacementInput {
  return { viewport: { width: 1920, height: 1080 }, obstacles: [], panel: PANEL, pill: PILL, choice: 'auto', ...over };
}

/** The panel's box as placed (docked) or the pill's box (compact), for overlap checks. */
function placedBox(p: Placement, i: PlacementInput): Rect {
  if (p.mode === 'compact') return rectOf(p.left, p.top, i.pill.width, i.pill.height);
  const top = p.top ?? i.viewport.height - (p.bottom ?? 0) - p.maxHeight;
  return rectOf(p.left, top, p.width, p.maxHeight);
}

describe('freeGaps', () => {
  it.each([
    ['nothing blocked', 0, 100, [], [[0, 100]]],
    [
      'one block in the middle',
      0,
      100,
      [[40, 60]],
      [
        [0, 40],
        [60, 100],
      ],
    ],
    [
      'overlapping blocks merge',
      0,
      100,
      [
        [10, 50],
        [30, 70],
      ],
      [
        [0, 10],
        [70, 100],
      ],
    ],
    [
      'blocks outside are ignored',
      0,
      100,
      [
        [-50, -10],
        [120, 200],
      ],
      [[0, 100]],
    ],
    ['fully blocked', 0, 100, [[-1, 101]], []],
    [
      'unsorted input',
      0,
      100,
      [
        [80, 90],
        [10, 20],
      ],
      [
        [0, 10],
        [20, 80],
        [90, 100],
      ],
    ],
  ] as const)('%s', (_name, lo, hi, blocked, want) => {
    expect(freeGaps(lo, hi, blocked as unknown as Array<[number, number]>)).toEqual(want);
  });
});

describe('sweptObstacles', () => {
  it.each([
    ['a pinned control stays put', box(10, 700, 50, 30, true), { up: 500, down: 500 }, {}, { top: 700, bottom: 730 }],
    [
      'a scrolling control covers where scrolling can take it',
      box(10, 300, 50, 30),
      { up: 100, down: 200 },
      {},
      { top: 100, bottom: 430 },
    ],
    [
      'clipped by the sticky top bar and footer',
      box(10, 300, 50, 30),
      { up: 1000, down: 1000 },
      { clipTop: 57, clipBottom: 711 },
      { top: 57, bottom: 711 },
    ],
    ['no scroll range: as measured', box(10, 300, 50, 30), undefined, {}, { top: 300, bottom: 330 }],
  ] as const)('%s', (_name, o, scroll, clips, want) => {
    const [r] = sweptObstacles(input({ obstacles: [o], ...(scroll ? { scroll } : {}), ...clips }));
    expect({ top: r?.top, bottom: r?.bottom }).toEqual(want);
  });

  it('drops empty and off-screen controls', () => {
    const out = sweptObstacles(
      input({ obstacles: [box(10, 10, 0, 20), box(-100, 10, 50, 20), box(2000, 10, 50, 20)] }),
    );
    expect(out).toEqual([]);
  });
});

describe('placePanel', () => {
  // Seller Center's frame at 1366 × 768: top bar, left nav links, a full-width form with section headers,
  // a sticky footer with Discard / Send, and a page taller than the window.
  const create1366: Obstacle[] = [
    ...[0, 1, 2].map((i) => box(0, 72 + i * 41, 220, 40, true)),
    box(244, 145, 1098, 42),
    box(279, 223, 640, 32),
    box(279, 300, 240, 32),
    box(279, 378, 640, 76),
    box(244, 601, 1098, 42),
    box(382, 650, 114, 34),
    box(1162, 724, 79, 32, true),
    box(1253, 724, 65, 32, true),
  ];
  const create1366Input = input({
    viewport: { width: 1366, height: 768 },
    obstacles: create1366,
    scroll: { up: 0, down: 700 },
    clipTop: 57,
    clipBottom: 711,
  });
  // The list at 1920 × 1080 with nine rows: the table spans the width but ends well above the fold.
  const list1920 = input({
    obstacles: [box(268, 170, 1628, 40), ...tableRows(268, 1896, 212, 9, 43)],
    scroll: { up: 0, down: 0 },
  });
  // The same list when it is long: nothing is free beside or below it.
  const longList = input({ obstacles: tableRows(268, 1896, 170, 60, 43), scroll: { up: 0, down: 1600 }, clipTop: 57 });
  // A narrow content column (max-width layout): a real gutter on the right.
  const gutter = input({ obstacles: tableRows(240, 1400, 100, 40), scroll: { up: 0, down: 800 } });

  const cases: Array<[string, PlacementInput, Partial<Placement>]> = [
    ['empty page: right dock, from the top', input({}), { mode: 'docked', dock: 'right', top: 12 }],
    ['content with a right gutter: docked in it', gutter, { mode: 'docked', dock: 'right', width: 340 }],
    [
      'short list at 1920: docked below the table, growing upwards',
      list1920,
      { mode: 'docked', dock: 'right', bottom: 12 },
    ],
    ['Create page at 1366: no free strip, a pill', create1366Input, { mode: 'compact', clear: true }],
    ['long list: a pill', longList, { mode: 'compact', clear: true }],
    [
      'seller chose left, left is free',
      input({ choice: 'left', obstacles: tableRows(700, 1900, 100, 10) }),
      { mode: 'docked', dock: 'left', left: 12 },
    ],
    [
      'seller chose bottom on an empty page',
      input({ choice: 'bottom' }),
      { mode: 'docked', dock: 'bottom', bottom: 12 },
    ],
    [
      '320 px window, full of content: a pill',
      input({
        viewport: { width: 320, height: 700 },
        obstacles: tableRows(0, 320, 60, 20),
        scroll: { up: 0, down: 900 },
      }),
      { mode: 'compact' },
    ],
  ];

  it.each(cases)('%s', (_name, i, want) => {
    const p = placePanel(i);
    expect(p).toMatchObject(want);
    if (p.mode === 'docked') {
      expect(p.width).toBeGreaterThanOrEqual(Math.min(PANEL.minWidth, i.viewport.width - 24));
      expect(p.maxHeight).toBeGreaterThanOrEqual(PANEL.minHeight);
    }
    // Whatever it chose, a clear placement covers none of the controls at any scroll position.
    if (p.mode === 'docked' || p.clear) {
      const at = placedBox(p, i);
      for (const r of sweptObstacles(i)) expect(intersects(at, r), JSON.stringify({ at, r })).toBe(false);
      expect(at.left).toBeGreaterThanOrEqual(0);
      expect(at.right).toBeLessThanOrEqual(i.viewport.width);
    }
  });

  it('on the Create page the pill goes to the free top bar on the right', () => {
    const p = placePanel(create1366Input);
    expect(p).toMatchObject({ mode: 'compact', side: 'right', top: 12, left: 1366 - 12 - PILL.width });
  });

  it('a pill on the seller’s chosen side when that dock has no room', () => {
    const p = placePanel({ ...create1366Input, choice: 'left' });
    expect(p).toMatchObject({ mode: 'compact', side: 'left', left: 12, clear: true });
    // Not over the nav links (it finds the free top bar above them).
    const at = placedBox(p, create1366Input);
    for (const link of create1366.slice(0, 3)) expect(intersects(at, link)).toBe(false);
  });

  it('when every spot is taken, the least crowded one, marked not clear', () => {
    const wall = [box(0, 0, 1920, 1080)];
    expect(placePanel(input({ obstacles: wall }))).toMatchObject({ mode: 'compact', clear: false });
  });

  it('a narrower panel is used when only it fits the gutter', () => {
    const p = placePanel(input({ obstacles: tableRows(0, 1600, 0, 30) }));
    expect(p).toMatchObject({ mode: 'docked', dock: 'right', width: 280 });
  });
});

describe('openFromPill', () => {
  const vp = { width: 1366, height: 768 };
  it.each([
    [
      'top-right pill opens down, right-aligned',
      { left: 1154, top: 12 },
      { left: 1366 - 12 - 340, top: 12, maxHeight: 768 - 24 },
    ],
    ['bottom-left pill opens up, left-aligned', { left: 12, top: 720 }, { left: 12, bottom: 12, maxHeight: 744 }],
  ] as const)('%s', (_name, at, want) => {
    const o = openFromPill({ mode: 'compact', side: 'right', clear: true, ...at }, PILL, vp, 340);
    expect(o).toMatchObject(want);
    expect(o.left).toBeGreaterThanOrEqual(12);
    expect(o.left + o.width).toBeLessThanOrEqual(vp.width - 12);
  });

  it('fits a 320 px window', () => {
    const o = openFromPill(
      { mode: 'compact', side: 'right', clear: true, left: 108, top: 12 },
      PILL,
      { width: 320, height: 700 },
      340,
    );
    expect(o).toMatchObject({ left: 12, width: 296 });
  });
});

describe('moving by keyboard and by drag', () => {
  it.each([
    ['right', 'left'],
    ['left', 'bottom'],
    ['bottom', 'right'],
  ] as const)('Move from %s goes %s', (from, to) => expect(nextDock(from)).toBe(to));

  it.each([
    [100, 100, 'left'],
    [1800, 100, 'right'],
    [960, 1000, 'bottom'],
    [100, 900, 'bottom'],
  ] as const)('dropped at (%i, %i) docks %s', (x, y, want) =>
    expect(dockAtPoint(x, y, { width: 1920, height: 1080 })).toBe(want),
  );
});
