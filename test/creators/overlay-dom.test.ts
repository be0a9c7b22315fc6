import { afterEach, describe, expect, it, vi } from 'vitest';
import { type OverlayView, RowOverlayDom } from '@/components/creators/overlay-dom';
import { setMessages } from '@/lib/i18n';
import { ENGLISH } from '@/lib/i18n/english';
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

  describe('costs little per row', () => {
    /** The prototype whose addEventListener elements use (happy-dom's own EventTarget, not the global one). */
    const listenerProto = (): EventTarget => {
      let p: object | null = document.createElement('div');
      while (p && !Object.hasOwn(p, 'addEventListener')) p = Object.getPrototypeOf(p);
      return p as EventTarget;
    };

    afterEach(() => {
      setMessages(ENGLISH);
      vi.restoreAllMocks();
    });

    it('asks for no breakdown text until the tooltip opens', () => {
      const asked = new Set<string>();
      setMessages({
        language: 'en',
        get: (key, subs) => {
          asked.add(key);
          return ENGLISH.get(key, subs);
        },
      });
      const { q } = make(view({ creator: creator({ followers: null }) }));
      const breakdown = ['creators_fit_part_value', 'creators_fit_part_goal', 'creators_fit_at_least', 'creators_fit_unknown'];
      expect(breakdown.filter((k) => asked.has(k))).toEqual([]);
      q('.cp-fit').dispatchEvent(new MouseEvent('mouseenter'));
      expect(breakdown.filter((k) => asked.has(k))).toEqual(breakdown);
    });

    // 8 stop listeners on the fieldset (which also handle clicks and Escape), hover and focus on the score;
    // "leave" and "blur" only while hovered or focused.
    it.each<[string, (q: (sel: string) => HTMLElement) => void, number]>([
      ['at rest', () => {}, 10],
      ['hovered', (q) => q('.cp-fit').dispatchEvent(new MouseEvent('mouseenter')), 11],
      ['focused', (q) => q('.cp-fit__score').focus(), 11],
    ])('registers few listeners %s', (_, act, count) => {
      const spy = vi.spyOn(listenerProto(), 'addEventListener');
      const { q } = make();
      act(q);
      expect(spy).toHaveBeenCalledTimes(count);
    });

    it('a leave or blur stops listening for it until the next enter or focus', () => {
      const { q } = make();
      const wrap = q('.cp-fit');
      const tip = q<HTMLElement>('[role="tooltip"]');
      for (let i = 0; i < 2; i++) {
        wrap.dispatchEvent(new MouseEvent('mouseenter'));
        expect(tip.hidden).toBe(false);
        wrap.dispatchEvent(new MouseEvent('mouseleave'));
        expect(tip.hidden).toBe(true);
      }
      const remove = vi.spyOn(listenerProto(), 'removeEventListener');
      wrap.dispatchEvent(new MouseEvent('mouseleave'));
      expect(remove).not.toHaveBeenCalled();
    });
  });

  it.each<[string, string, boolean]>([
    ['a tap on the score opens the breakdown', '.cp-fit__score', false],
    ['a tap on its "(2/4)" does too', '.cp-fit__known', false],
    ['a tap on the add button does not', '.cp-add', true],
    ['a tap on the tooltip does not', '.cp-tooltip__summary', true],
  ])('%s', (_, sel, hidden) => {
    const { q } = make(view({ creator: creator({ gmv: null, sampleFulfilment: null }) }));
    q<HTMLElement>(sel).click();
    expect(q<HTMLElement>('[role="tooltip"]').hidden).toBe(hidden);
  });

  it.each<[string, string, boolean]>([
    ['Escape on the score closes the open breakdown', '.cp-fit__score', true],
    ['Escape elsewhere leaves it open', '.cp-add', false],
  ])('%s', (_, sel, hidden) => {
    const { q } = make();
    q('.cp-fit').dispatchEvent(new MouseEvent('mouseenter'));
    q(sel).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(q<HTMLElement>('[role="tooltip"]').hidden).toBe(hidden);
  });
});
