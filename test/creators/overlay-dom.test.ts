import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type OverlayView, RowOverlayDom } from '@/components/creators/overlay-dom';
import type { CreatorRow } from '@/lib/creators/types';
import { setMessages } from '@/lib/i18n';
import { ENGLISH } from '@/lib/i18n/english';
import { creator, THRESHOLDS } from './helpers';

const view = (over: Partial<OverlayView> = {}): OverlayView => ({
  creator: creator(),
  thresholds: THRESHOLDS,
  state: 'idle',
  ...over,
});

const made: HTMLElement[] = [];
afterEach(() => {
  for (const el of made.splice(0)) el.remove();
});

function make(v = view(), onAdd = vi.fn()) {
  const o = new RowOverlayDom(document, v, onAdd);
  document.body.append(o.el);
  made.push(o.el);
  const q = <T extends Element>(sel: string) => o.el.querySelector(sel) as T;
  const tip = () => o.el.querySelector<HTMLElement>('[role="tooltip"]');
  return {
    o,
    onAdd,
    q,
    tip,
    parts: () => Array.from(o.el.querySelectorAll('.cp-fit-part')).map((li) => li.textContent),
  };
}

/** Every node under (and including) `root`, text nodes too. */
function countNodes(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  let n = 1;
  while (walker.nextNode()) n++;
  return n;
}

const hover = (q: (sel: string) => Element) => q('.cp-fit').dispatchEvent(new MouseEvent('mouseenter'));
const unhover = (q: (sel: string) => Element) => q('.cp-fit').dispatchEvent(new MouseEvent('mouseleave'));

/** A rule's declarations in creators.css (the stylesheet every row's shadow root adopts). */
// Read as the formatter leaves it or not: one space for any run of white space, single quotes.
const CSS = readFileSync(join(import.meta.dirname, '../../components/creators/creators.css'), 'utf8')
  .replace(/"/g, "'")
  .replace(/\s+/g, ' ');
function cssRule(selector: string): string {
  // The rule for exactly this selector: not one where it ends a selector list ("a, b {").
  let at = CSS.indexOf(` ${selector} {`);
  while (at > 0 && CSS[at - 1] === ',') at = CSS.indexOf(` ${selector} {`, at + 1);
  expect(at, `rule ${selector} in creators.css`).toBeGreaterThanOrEqual(0);
  return CSS.slice(CSS.indexOf('{', at) + 1, CSS.indexOf('}', at));
}

describe('RowOverlayDom', () => {
  // A typical row: two badges, every fact known (11); one badge and some facts unknown (9: "(2/4)" is CSS).
  it.each<[string, Partial<CreatorRow>, number, number]>([
    ['two badges, all known', { invitedWithin90Days: true }, 2, 11],
    ['one badge, 2 of 4 known', { gmv: null, gmvText: null, sampleFulfilment: null }, 1, 9],
    [
      'no badge, nothing known',
      { canLive: false, followers: null, gmv: null, gmvText: null, engagement: null, sampleFulfilment: null },
      0,
      7,
    ],
  ])('a row at rest is few nodes (%s), and is again after its tooltip closed', (_, over, badges, bound) => {
    const { o, q, tip } = make(view({ creator: creator(over) }));
    expect(o.el.querySelectorAll('.cp-badge')).toHaveLength(badges);
    const atRest = countNodes(o.el);
    expect(atRest).toBeLessThanOrEqual(bound);
    hover(q);
    expect(countNodes(o.el)).toBeGreaterThan(atRest + 4);
    unhover(q);
    expect(tip()).toBeNull();
    expect(countNodes(o.el)).toBe(atRest);
  });

  it('builds the tooltip only when it opens; at rest the score carries its summary as aria-description', () => {
    const { q, tip, parts } = make();
    const score = q<HTMLButtonElement>('.cp-fit__score');
    expect(tip()).toBeNull();
    expect(parts()).toEqual([]);
    expect(score.hasAttribute('aria-describedby')).toBe(false);
    expect(score.getAttribute('aria-description')).toBe('Fit against your thresholds Meets 4 of 4 · 4 of 4 known');
    hover(q);
    expect(parts()).toHaveLength(4);
    expect(tip()?.hidden).toBe(false);
  });

  it.each<[string, (q: (sel: string) => HTMLElement) => void]>([
    ['focus', (q) => q('.cp-fit__score').focus()],
    ['hover', hover],
  ])('on %s the tooltip appears with its title and summary, and describes the score', (_, open) => {
    const { q, tip } = make(view({ creator: creator({ followers: 10 }) }));
    open(q);
    const t = tip() as HTMLElement;
    expect(t.querySelector('.cp-tooltip__title')?.textContent).toBe('Fit against your thresholds');
    expect(t.querySelector('.cp-tooltip__summary')?.textContent).toBe(
      'Meets 3 of 4 · 4 of 4 known · below goal: Followers',
    );
    const id = q('.cp-fit__score').getAttribute('aria-describedby') ?? '';
    expect(id).not.toBe('');
    expect(document.getElementById(id)).toBe(t);
  });

  it('a new fit while open rebuilds breakdown and summary at once; while closed, the next opening shows it', () => {
    const { o, q, tip, parts } = make();
    hover(q);
    unhover(q);
    o.update(view({ thresholds: { ...THRESHOLDS, minFollowers: 1_000_000 } }));
    expect(parts()).toEqual([]);
    expect(q('.cp-fit__score').textContent).toBe('Fit 70');
    expect(q('.cp-fit__score').getAttribute('aria-description')).toContain('Meets 3 of 4');
    hover(q);
    expect(parts()[0]).toBe('✗ Followers: 12.3K (goal at least 1M) · Below goal');
    expect(tip()?.querySelector('.cp-tooltip__summary')?.textContent).toContain('Meets 3 of 4');
    const open = tip();
    o.update(view({ thresholds: THRESHOLDS }));
    expect(tip()).toBe(open);
    expect(parts()[0]).toBe('✓ Followers: 12.3K (goal at least 1K) · Met');
    expect(tip()?.querySelector('.cp-tooltip__summary')?.textContent).toBe('Meets 4 of 4 · 4 of 4 known');
  });

  it('"(2/4)" is a data attribute that CSS appends to the score, so it stays in its accessible name', () => {
    const { o, q } = make(view({ creator: creator({ gmv: null, gmvText: null, sampleFulfilment: null }) }));
    const score = q('.cp-fit__score');
    expect([score.textContent, score.getAttribute('data-known')]).toEqual(['Fit 100', '(2/4)']);
    expect(score.childNodes).toHaveLength(1);
    expect(cssRule('.cp-fit__score[data-known]::after')).toContain("content: ' ' attr(data-known)");
    o.update(view());
    expect(score.hasAttribute('data-known')).toBe(false);
  });

  it('a badge is one element and its label; CSS adds the glyph (silent) and the description (for screen readers)', () => {
    const { q } = make(view({ creator: creator({ invitedWithin90Days: true }) }));
    const li = q('[data-badge="invited-90d"]');
    expect(Array.from(li.childNodes, (n) => [n.nodeType, n.textContent])).toEqual([[Node.TEXT_NODE, 'Invited']]);
    expect([li.getAttribute('data-icon'), li.getAttribute('title')]).toEqual(['✉', 'Invited in the last 90 days']);
    // Not aria-label: screen readers ignore a name on a list item, or let it hide the visible label.
    expect(li.hasAttribute('aria-label')).toBe(false);
    // The glyph for every engine; where the alt-text syntax parses, the same glyph with "" as its alt text.
    expect(cssRule('.cp-badge::before')).toContain('content: attr(data-icon);');
    expect(CSS).toMatch(
      /@supports \(content: '' \/ ''\) \{\s*\.cp-badge::before \{ content: attr\(data-icon\) \/ ''; \}/,
    );
    const after = cssRule('.cp-badge::after');
    expect(after).toContain("content: ': ' attr(title);");
    // Visually hidden by the .cp-sr-only rule, not display: none or visibility: hidden (those hide it from screen readers).
    const hidden = cssRule('.cp-sr-only, .cp-badge::after');
    for (const decl of ['position: absolute;', 'clip: rect(0 0 0 0);', 'overflow: hidden;'])
      expect(hidden).toContain(decl);
    expect(after + hidden).not.toMatch(/display: none|visibility: hidden/);
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
      const breakdown = [
        'creators_fit_part_value',
        'creators_fit_part_goal',
        'creators_fit_at_least',
        'creators_fit_unknown',
      ];
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
      const { q, tip } = make();
      const wrap = q('.cp-fit');
      for (let i = 0; i < 2; i++) {
        wrap.dispatchEvent(new MouseEvent('mouseenter'));
        expect(tip()).not.toBeNull();
        wrap.dispatchEvent(new MouseEvent('mouseleave'));
        expect(tip()).toBeNull();
      }
      const remove = vi.spyOn(listenerProto(), 'removeEventListener');
      wrap.dispatchEvent(new MouseEvent('mouseleave'));
      expect(remove).not.toHaveBeenCalled();
    });
  });

  // Touch has no hover: taps toggle the breakdown. `hovered` opens it first (a pointer resting on it).
  it.each<[string, boolean, string, boolean]>([
    ['a tap on the score opens the breakdown', false, '.cp-fit__score', true],
    ['a tap on the add button does not', false, '.cp-add', false],
    ['a tap on the open tooltip keeps it open', true, '.cp-tooltip__summary', true],
    ['a tap on the score closes the open breakdown', true, '.cp-fit__score', false],
  ])('%s', (_, hovered, sel, open) => {
    const { q, tip } = make(view({ creator: creator({ gmv: null, sampleFulfilment: null }) }));
    if (hovered) hover(q);
    q<HTMLElement>(sel).click();
    expect(tip() !== null).toBe(open);
    expect(q('.cp-fit__score').hasAttribute('aria-describedby')).toBe(open);
  });

  it.each<[string, string, boolean]>([
    ['Escape on the score closes the open breakdown', '.cp-fit__score', false],
    ['Escape elsewhere leaves it open', '.cp-add', true],
  ])('%s', (_, sel, open) => {
    const { q, tip } = make();
    hover(q);
    q(sel).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(tip() !== null).toBe(open);
  });
});
