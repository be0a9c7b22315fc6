import { describe, expect, it, vi } from 'vitest';
import { type OverlayView, RowOverlayDom } from '@/components/creators/overlay-dom';
import { creator, THRESHOLDS } from './helpers';

const view = (over: Partial<OverlayView> = {}): OverlayView => ({ creator: creator(), thresholds: THRESHOLDS, state: 'idle', ...over });

function make(v = view(), onAdd = vi.fn()) {
  const o = new RowOverlayDom(document, v, onAdd);
  document.body.append(o.el);
  const q = <T extends Element>(sel: string) => o.el.querySelector(sel) as T;
  return { o, onAdd, q, parts: () => Array.from(o.el.querySelectorAll('.cp-fit-part')).map((li) => li.textContent) };
}

describe('RowOverlayDom', () => {
  it('builds the fit breakdown only when the tooltip opens, and keeps the summary for screen readers', () => {
    const { q, parts } = make();
    expect(parts()).toEqual([]);
    expect(q('[role="tooltip"]').textContent).toContain('4 of 4 known');
    q('.cp-fit').dispatchEvent(new MouseEvent('mouseenter'));
    expect(parts()).toHaveLength(4);
    expect((q('[role="tooltip"]') as HTMLElement).hidden).toBe(false);
  });

  it('a new fit while closed drops the stale breakdown; while open it is rebuilt at once', () => {
    const { o, q, parts } = make();
    q('.cp-fit').dispatchEvent(new MouseEvent('mouseenter'));
    q('.cp-fit').dispatchEvent(new MouseEvent('mouseleave'));
    o.update(view({ thresholds: { ...THRESHOLDS, minFollowers: 1_000_000 } }));
    expect(parts()).toEqual([]);
    expect(q('.cp-fit__score').textContent).toBe('Fit 70');
    q('.cp-fit').dispatchEvent(new MouseEvent('mouseenter'));
    expect(parts()[0]).toBe('✗ Followers: 12.3K (goal at least 1M) · Below goal');
    o.update(view({ thresholds: THRESHOLDS }));
    expect(parts()[0]).toBe('✓ Followers: 12.3K (goal at least 1K) · Met');
  });

  it.each<[OverlayView['state'], string, boolean]>([
    ['idle', 'Add to queue', true],
    ['adding', 'Adding…', false],
    ['queued', 'Queued ✓', false],
    ['error', 'Try again', true],
  ])('update to %s patches the same button ("%s")', (state, text, calls) => {
    const { o, q, onAdd } = make();
    const button = q<HTMLButtonElement>('.cp-add');
    o.update(view({ state, error: 'Network down' }));
    expect(q('.cp-add')).toBe(button);
    expect(button.textContent).toBe(text);
    button.click();
    expect(onAdd).toHaveBeenCalledTimes(calls ? 1 : 0);
    if (calls) expect(onAdd).toHaveBeenCalledWith('7001');
  });

  it('the same view twice touches nothing', () => {
    const v = view();
    const { o, q } = make(v);
    const label = q('.cp-add').textContent;
    q('.cp-add').textContent = 'changed behind our back';
    o.update({ ...v });
    expect(q('.cp-add').textContent).toBe('changed behind our back');
    o.update(view({ state: 'queued' }));
    expect(q('.cp-add').textContent).not.toBe(label);
  });
});
