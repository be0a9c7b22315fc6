import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { type AddState, RowOverlay } from '@/components/creators/RowOverlay';
import { button, creator, mount, THRESHOLDS } from './helpers';

describe('RowOverlay', () => {
  it('shows badges as their label, with the glyph and description for CSS to draw and read', () => {
    const { host } = mount(
      <RowOverlay
        creator={creator({ invitedWithin90Days: true })}
        thresholds={THRESHOLDS}
        state="idle"
        onAdd={() => {}}
      />,
    );
    const group = host.querySelector('fieldset');
    expect(group?.getAttribute('aria-label')).toBe('Collab Pilot: @sunny.cooks');
    const badges = Array.from(host.querySelectorAll('.cp-badge'));
    expect(badges.map((b) => b.getAttribute('data-badge'))).toEqual(['invited-90d', 'live']);
    // One text node each; the glyph (::before, alt text "") and ": description" (::after, visually hidden)
    // come from these attributes through creators.css (overlay-dom.test.ts checks those rules).
    expect(
      badges.map((b) => [b.textContent, b.getAttribute('data-icon'), b.getAttribute('title'), b.childNodes.length]),
    ).toEqual([
      ['Invited', '✉', 'Invited in the last 90 days', 1],
      ['LIVE', '◉', 'Can go LIVE: flash sales can be requested from this creator alone', 1],
    ]);
  });

  it('shows the fit score with a tooltip tied by aria-describedby while focused, gone after Escape', () => {
    const { host } = mount(
      <RowOverlay creator={creator({ followers: 10 })} thresholds={THRESHOLDS} state="idle" onAdd={() => {}} />,
    );
    const fit = button(host, /^Fit/);
    const tip = () => host.querySelector<HTMLElement>('[role="tooltip"]');
    expect(fit.textContent).toBe('Fit 70');
    // At rest: no tooltip, and no reference to one; the summary is the score's description.
    expect(tip()).toBeNull();
    expect(fit.hasAttribute('aria-describedby')).toBe(false);
    expect(fit.getAttribute('aria-description')).toContain('Meets 3 of 4 · 4 of 4 known');

    act(() => fit.focus());
    const open = tip() as HTMLElement;
    expect(host.querySelector(`[id="${fit.getAttribute('aria-describedby')}"]`)).toBe(open);
    expect(open.hidden).toBe(false);
    const lines = Array.from(open.querySelectorAll('li')).map((li) => li.textContent);
    expect(lines[0]).toBe('✗ Followers: 10 (goal at least 1K) · Below goal');
    expect(lines[2]).toBe('✓ Engagement rate: 5% (goal at least 2%) · Met');
    expect(open.textContent).toContain('Meets 3 of 4 · 4 of 4 known');

    act(() => {
      fit.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(tip()).toBeNull();
    expect(fit.hasAttribute('aria-describedby')).toBe(false);

    act(() => fit.blur());
    expect(tip()).toBeNull();
  });

  it('shows the tooltip on hover and removes it when the pointer leaves', () => {
    const { host } = mount(<RowOverlay creator={creator()} thresholds={THRESHOLDS} state="idle" onAdd={() => {}} />);
    const wrap = host.querySelector('.cp-fit') as HTMLElement;
    const fit = button(host, /^Fit/);
    act(() => {
      wrap.dispatchEvent(new MouseEvent('mouseenter'));
    });
    const tip = host.querySelector('[role="tooltip"]') as HTMLElement;
    expect(tip.querySelector('.cp-tooltip__title')?.textContent).toBe('Fit against your thresholds');
    expect(tip.id).toBe(fit.getAttribute('aria-describedby'));
    act(() => {
      wrap.dispatchEvent(new MouseEvent('mouseleave'));
    });
    expect(tip.isConnected).toBe(false);
    expect(fit.hasAttribute('aria-describedby')).toBe(false);
  });

  it('says how much is known when facts are missing', () => {
    const { host } = mount(
      <RowOverlay
        creator={creator({ gmv: null, gmvText: null, sampleFulfilment: null })}
        thresholds={THRESHOLDS}
        state="idle"
        onAdd={() => {}}
      />,
    );
    // "(2/4)" is drawn by CSS from data-known, so it is in the button's name but not its textContent.
    const fit = button(host, /^Fit/);
    expect([fit.textContent, fit.getAttribute('data-known')]).toEqual(['Fit 100', '(2/4)']);
    expect(fit.getAttribute('aria-description')).toContain('2 of 4 known');
    act(() => fit.focus());
    expect(host.querySelector('[role="tooltip"]')?.textContent).toContain('2 of 4 known');
  });

  it('"Add to queue" calls onAdd once and nothing bubbles to the row', () => {
    const onAdd = vi.fn();
    const { host, reached } = mount(
      <RowOverlay creator={creator()} thresholds={THRESHOLDS} state="idle" onAdd={onAdd} />,
    );
    const add = button(host, 'Add to queue');
    act(() => {
      add.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
      add.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      add.click();
      add.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(onAdd).toHaveBeenCalledTimes(1);
    expect(reached).toEqual([]);
  });

  it('clicks on the fit score and badges do not reach the row either', () => {
    const { host, reached } = mount(
      <RowOverlay creator={creator()} thresholds={THRESHOLDS} state="idle" onAdd={() => {}} />,
    );
    act(() => {
      button(host, /^Fit/).click();
      (host.querySelector('.cp-badge') as HTMLElement).click();
    });
    expect(reached).toEqual([]);
  });

  it('the row still hears clicks from outside the overlay (the test can fail)', () => {
    const { host, reached } = mount(
      <RowOverlay creator={creator()} thresholds={THRESHOLDS} state="idle" onAdd={() => {}} />,
    );
    host.click();
    expect(reached).toEqual(['click']);
  });

  it.each<[AddState, string, boolean]>([
    ['idle', 'Add to queue', true],
    ['adding', 'Adding…', false],
    ['queued', 'Queued ✓', false],
    ['error', 'Try again', true],
  ])('state %s shows "%s"', (state, text, clickable) => {
    const onAdd = vi.fn();
    const { host } = mount(
      <RowOverlay creator={creator()} thresholds={THRESHOLDS} state={state} onAdd={onAdd} error="Network down" />,
    );
    const add = button(host, text);
    expect(add.getAttribute('aria-disabled')).toBe(clickable ? null : 'true');
    act(() => add.click());
    expect(onAdd).toHaveBeenCalledTimes(clickable ? 1 : 0);
  });

  it('queued adds the Queued badge; error explains why beside the button', () => {
    const q = mount(<RowOverlay creator={creator()} thresholds={THRESHOLDS} state="queued" onAdd={() => {}} />);
    expect(q.host.querySelector('[data-badge="queued"]')).not.toBeNull();

    const e = mount(
      <RowOverlay creator={creator()} thresholds={THRESHOLDS} state="error" onAdd={() => {}} error="Network down" />,
    );
    const add = button(e.host, 'Try again');
    const note = e.host.querySelector(`[id="${add.getAttribute('aria-describedby')}"]`);
    expect(note?.textContent).toContain('Network down');
  });

  it('a blocked creator cannot be added, and the button says why', () => {
    const onAdd = vi.fn();
    const { host, reached } = mount(
      <RowOverlay creator={creator({ blocked: true })} thresholds={THRESHOLDS} state="idle" onAdd={onAdd} />,
    );
    const add = button(host, "Can't queue");
    expect(add.getAttribute('aria-disabled')).toBe('true');
    const note = host.querySelector(`[id="${add.getAttribute('aria-describedby')}"]`);
    expect(note?.textContent).toBe('Blocked by your shop: invitations will fail, so this creator cannot be queued.');
    act(() => add.click());
    expect(onAdd).not.toHaveBeenCalled();
    expect(reached).toEqual([]);
    expect(host.querySelector('[data-badge="blocked"]')?.getAttribute('title')).toContain('Blocked by your shop');
  });

  it('a creator whose blocked state is unknown cannot be added until the page says, and the button says why', () => {
    const onAdd = vi.fn();
    const e = mount(
      <RowOverlay creator={creator({ blocked: null })} thresholds={THRESHOLDS} state="idle" onAdd={onAdd} />,
    );
    const add = button(e.host, 'Add to queue');
    expect(add.getAttribute('aria-disabled')).toBe('true');
    const note = e.host.querySelector(`[id="${add.getAttribute('aria-describedby')}"]`);
    expect(note?.textContent).toContain('not known yet whether your shop blocked this creator');
    expect(add.getAttribute('title')).toBe(note?.textContent);
    act(() => add.click());
    expect(onAdd).not.toHaveBeenCalled();
    // The page's JSON arrives: not blocked, so the same button now adds.
    e.rerender(<RowOverlay creator={creator({ blocked: false })} thresholds={THRESHOLDS} state="idle" onAdd={onAdd} />);
    expect(add.getAttribute('aria-disabled')).toBeNull();
    expect(add.hasAttribute('aria-describedby')).toBe(false);
    act(() => add.click());
    expect(onAdd).toHaveBeenCalledTimes(1);
  });

  it('ids stay unique when several overlays share a document (one render root per row)', () => {
    const a = mount(<RowOverlay creator={creator()} thresholds={THRESHOLDS} state="error" onAdd={() => {}} />);
    const b = mount(<RowOverlay creator={creator()} thresholds={THRESHOLDS} state="error" onAdd={() => {}} />);
    // Open both tooltips (hover one, focus the other) so their ids exist too.
    act(() => {
      a.host.querySelector('.cp-fit')?.dispatchEvent(new MouseEvent('mouseenter'));
      button(b.host, /^Fit/).focus();
    });
    const ids = [a.host, b.host].flatMap((h) => Array.from(h.querySelectorAll('[id]')).map((el) => el.id));
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
  });

  it('renders user text as text, never markup', () => {
    const { host } = mount(
      <RowOverlay
        creator={creator({ handle: '<img src=x onerror=alert(1)>' })}
        thresholds={THRESHOLDS}
        state="idle"
        onAdd={() => {}}
      />,
    );
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('fieldset')?.getAttribute('aria-label')).toContain('<img');
  });
});
