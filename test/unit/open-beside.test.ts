import { describe, expect, it } from 'vitest';
import { intersects, openBeside, type Rect } from '../../lib/layout';

const VIEWPORT = { width: 1366, height: 768 };
const PANEL = { width: 340, minWidth: 280, maxHeight: 640 };
const box = (left: number, top: number, right: number, bottom: number): Rect => ({ left, top, right, bottom });
const SEND = box(1270, 716, 1342, 748);
const DISCARD = box(1180, 716, 1258, 748);
const NAME = box(268, 180, 908, 212);
const HEADER_MENUS = box(1000, 10, 1350, 46);

describe('openBeside', () => {
  it.each([
    ['a footer at the bottom right: the right column above it', [SEND, DISCARD, NAME], { left: 1014, top: 12 }],
    ['the header menus too: between header and footer', [SEND, DISCARD, NAME, HEADER_MENUS], { left: 1014, top: 58 }],
    [
      'a name field as wide as the page: a column beside or below it',
      [SEND, DISCARD, box(268, 100, 1342, 132)],
      { left: 1014, top: 144 },
    ],
    ['nothing to keep: the right edge, full height', [], { left: 1014, top: 12 }],
  ])('%s', (_name, keep, expected) => {
    const b = openBeside({ viewport: VIEWPORT, panel: PANEL, keep });
    expect(b).toMatchObject(expected);
    expect(b.maxHeight).toBeGreaterThanOrEqual(360);
    const panel = box(b.left, b.top, b.left + b.width, b.top + b.maxHeight);
    for (const k of keep) expect(intersects(panel, k)).toBe(false);
    expect(panel.right).toBeLessThanOrEqual(VIEWPORT.width);
    expect(panel.bottom).toBeLessThanOrEqual(VIEWPORT.height);
  });

  it('takes the tallest column when none is tall enough, still covering nothing', () => {
    const keep = [box(0, 300, 1366, 340), SEND];
    const b = openBeside({ viewport: VIEWPORT, panel: PANEL, keep });
    const panel = box(b.left, b.top, b.left + b.width, b.top + b.maxHeight);
    for (const k of keep) expect(intersects(panel, k)).toBe(false);
    expect(b.top).toBe(352);
    expect(b.maxHeight).toBeGreaterThan(300);
  });
});
