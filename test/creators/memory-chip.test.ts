import { afterEach, describe, expect, it, vi } from 'vitest';
import { type OverlayView, RowOverlayDom } from '@/components/creators/overlay-dom';
import type { MemorySummary } from '@/lib/memory/schema';
import { creator, THRESHOLDS } from './helpers';

const memory = (over: Partial<MemorySummary> = {}): MemorySummary => ({
  id: 'c1',
  invited: 2,
  pending: 0,
  failed: 0,
  accepted: 1,
  lastInvitedAt: Date.UTC(2026, 0, 5),
  doNotInvite: false,
  hasNote: true,
  notePreview: 'likes lip oil',
  tags: ['vip'],
  ...over,
});
const view = (over: Partial<OverlayView> = {}): OverlayView => ({
  creator: creator(),
  thresholds: THRESHOLDS,
  state: 'idle',
  locale: 'en-GB',
  ...over,
});

const made: HTMLElement[] = [];
afterEach(() => {
  for (const el of made.splice(0)) el.remove();
});
function make(v: OverlayView) {
  const o = new RowOverlayDom(document, v, vi.fn());
  document.body.append(o.el);
  made.push(o.el);
  return o;
}

describe('the memory line on a row', () => {
  it.each<[string, MemorySummary | null | undefined, string | null]>([
    ['no memory: no chip', undefined, null],
    ['nothing to say: no chip', memory({ invited: 0, accepted: 0, hasNote: false, tags: [] }), null],
    ['invited, accepted, note', memory(), 'Invited 2× · accepted 1 · note'],
    [
      "the seller's mark first",
      memory({ doNotInvite: true, hasNote: false, accepted: 0 }),
      "Don't invite · Invited 2×",
    ],
  ])('%s', (_n, m, text) => {
    const o = make(view({ memory: m }));
    expect(o.el.querySelector('.cp-memory__line')?.textContent ?? null).toBe(text);
  });

  it('shows its details on focus and hides them on blur and Escape, described for screen readers', () => {
    const o = make(view({ memory: memory() }));
    const button = o.el.querySelector('.cp-memory__line') as HTMLButtonElement;
    expect(button.getAttribute('aria-description')).toContain('likes lip oil');
    button.dispatchEvent(new FocusEvent('focus'));
    const tip = o.el.querySelector('.cp-memory [role="tooltip"]');
    expect(tip?.textContent).toContain('Last invited');
    expect(tip?.textContent).toContain('Tags: vip');
    expect(button.getAttribute('aria-describedby')).toBe(tip?.id);
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(o.el.querySelector('.cp-memory [role="tooltip"]')).toBeNull();
    button.dispatchEvent(new FocusEvent('focus'));
    button.dispatchEvent(new FocusEvent('blur'));
    expect(o.el.querySelector('.cp-memory [role="tooltip"]')).toBeNull();
  });

  it('follows updates and goes when memory has nothing', () => {
    const o = make(view({ memory: memory() }));
    o.update(view({ memory: memory({ invited: 3 }) }));
    expect(o.el.querySelector('.cp-memory__line')?.textContent).toContain('Invited 3×');
    o.update(view({ memory: null }));
    expect(o.el.querySelector('.cp-memory')).toBeNull();
  });
});
