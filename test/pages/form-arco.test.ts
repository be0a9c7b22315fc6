import { describe, expect, it } from 'vitest';
import { chooseSelectOption, setNativeValue, setSwitch, writeDate, writeNumber, writeText } from '../../lib/form/arco';
import { docFrom } from './helpers';

/** Records the events a control receives, in order. */
function record(el: Element, types = ['focus', 'focusin', 'input', 'keydown', 'keyup', 'blur', 'focusout', 'click']) {
  const log: string[] = [];
  for (const t of types)
    el.addEventListener(t, (e) =>
      log.push(
        t === 'keydown' || t === 'keyup' ? `${t}:${(e as KeyboardEvent).key}:${(e as KeyboardEvent).keyCode}` : t,
      ),
    );
  return log;
}

function input(attrs = '') {
  const d = docFrom(`<input id="x" ${attrs}>`);
  return d.getElementById('x') as HTMLInputElement;
}

describe('setNativeValue', () => {
  it('uses the prototype setter, not an instance override (React value tracker), and fires a bubbling input', () => {
    const el = input();
    let trackerCalls = 0;
    const proto =
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value') ??
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
    Object.defineProperty(el, 'value', {
      configurable: true,
      get() {
        return proto.get!.call(this);
      },
      set(v) {
        trackerCalls++;
        proto.set!.call(this, v);
      },
    });
    let bubbled = false;
    el.ownerDocument.body.addEventListener('input', () => (bubbled = true));
    expect(setNativeValue(el, 'hello')).toEqual({ ok: true });
    expect(trackerCalls).toBe(0);
    expect(el.value).toBe('hello');
    expect(bubbled).toBe(true);
  });
  it('works on textareas and refuses other elements', () => {
    const d = docFrom('<textarea id="t"></textarea><div id="d"></div>');
    expect(setNativeValue(d.getElementById('t')!, 'x')).toEqual({ ok: true });
    expect((d.getElementById('t') as HTMLTextAreaElement).value).toBe('x');
    expect(setNativeValue(d.getElementById('d')!, 'x').ok).toBe(false);
  });
});

describe('writeText', () => {
  it('focus → input → blur, in that order', async () => {
    const el = input();
    const log = record(el);
    expect(await writeText(el, 'Spring launch')).toEqual({ ok: true });
    expect(log.filter((e) => ['focus', 'input', 'blur'].includes(e))).toEqual(['focus', 'input', 'blur']);
    expect(el.value).toBe('Spring launch');
  });
  it.each([
    ['x'.repeat(31), 30, 'x'.repeat(30), { from: 31, to: 30 }],
    ['😀'.repeat(32), 30, '😀'.repeat(30), { from: 32, to: 30 }],
    ['short', 30, 'short', undefined],
  ])('truncates to maxlength and reports it (%#)', async (value, max, written, truncated) => {
    const el = input(`maxlength="${max}"`);
    const r = await writeText(el, value);
    expect(r).toEqual(truncated ? { ok: true, truncated } : { ok: true });
    expect(el.value).toBe(written);
  });
  it.each([
    ['disabled', 'The field is disabled.'],
    ['readonly', 'The field is read-only.'],
  ])('refuses a %s field', async (attr, reason) => {
    expect(await writeText(input(attr), 'x')).toEqual({ ok: false, reason });
  });
});

describe('writeNumber', () => {
  it('writes with two decimals', async () => {
    const el = input('role="spinbutton"');
    const log = record(el);
    expect(await writeNumber(el, 25)).toEqual({ ok: true });
    expect(el.value).toBe('25.00');
    expect(log).toContain('input');
  });
  it('rejects NaN', async () => {
    expect((await writeNumber(input(), Number.NaN)).ok).toBe(false);
  });
  it('reports when the page clamps the value', async () => {
    const el = input();
    // A page that clamps on blur, like Arco InputNumber with max 80.
    el.addEventListener('blur', () => {
      if (Number(el.value) > 80) el.value = '80.00';
    });
    expect(await writeNumber(el, 95)).toEqual({ ok: false, reason: 'The page did not accept the value.' });
  });
});

describe('writeDate', () => {
  it('types the date and commits with Enter (keyCode 13)', async () => {
    const el = input('placeholder="End date"');
    const log = record(el);
    expect(await writeDate(el, '2030-01-31')).toEqual({ ok: true });
    expect(el.value).toBe('2030-01-31');
    const i = log.indexOf('input');
    const k = log.indexOf('keydown:Enter:13');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(k).toBeGreaterThan(i);
    expect(log.indexOf('blur')).toBeGreaterThan(k);
  });
  it.each(['31/01/2030', '2030-1-31', ''])('rejects %j', async (v) => {
    expect((await writeDate(input(), v)).ok).toBe(false);
  });
});

/**
 * A stand-in for Arco's DatePicker in one format: text the format reads is marked in the open panel (the
 * chosen day), Enter commits what the panel holds, and a mousedown outside closes it and drops the rest.
 */
function datePicker(format: 'iso' | 'dmy' | 'mdy', { panel = true, value = null as string | null } = {}) {
  const d = docFrom('<input id="x" placeholder="End date">');
  const el = d.getElementById('x') as HTMLInputElement;
  const state = { committed: value, held: null as string | null };
  const show = (ymd: string) => {
    const [y, m, day] = ymd.split('-');
    return format === 'iso' ? ymd : format === 'dmy' ? `${day}/${m}/${y}` : `${m}/${day}/${y}`;
  };
  const read = (text: string): string | null => {
    const iso = format === 'iso' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
    const num = format === 'iso' ? null : /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
    const [y, m, day] = iso
      ? [iso[1], iso[2], iso[3]]
      : num
        ? format === 'dmy'
          ? [num[3], num[2], num[1]]
          : [num[3], num[1], num[2]]
        : [];
    if (!y || !m || !day) return null;
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(day)));
    return date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(day) ? `${y}-${m}-${day}` : null;
  };
  const close = () => {
    d.querySelector('.arco-trigger-popup')?.remove();
    state.held = null;
    el.value = state.committed ? show(state.committed) : '';
  };
  if (value) el.value = show(value);
  el.addEventListener('input', () => {
    state.held = read(el.value) ?? state.held ?? state.committed;
    d.querySelector('.arco-trigger-popup')?.remove();
    if (panel && state.held)
      d.body.insertAdjacentHTML(
        'beforeend',
        `<div class="arco-trigger-popup"><div class="arco-picker-cell arco-picker-cell-selected"><div class="arco-picker-date-value">${Number(state.held.slice(8))}</div></div></div>`,
      );
  });
  el.addEventListener('keydown', (e) => {
    if (e.keyCode !== 13) return;
    state.committed = state.held ?? state.committed;
    close();
  });
  d.addEventListener('mousedown', (e) => {
    if (e.target !== el) close();
  });
  return { el, state };
}

describe('writeDate on a picker of its own format', () => {
  it.each<
    [format: 'iso' | 'dmy' | 'mdy', want: string, opts: { panel?: boolean; value?: string }, committed: string | null]
  >([
    ['iso', '2026-03-04', {}, '2026-03-04'],
    ['mdy', '2026-03-04', {}, '2026-03-04'],
    // 03/04/2026 is 3 April on a day-first picker: only 04/03/2026 may be committed
    ['dmy', '2026-03-04', {}, '2026-03-04'],
    ['dmy', '2026-03-04', { value: '2026-04-03' }, '2026-03-04'],
    ['mdy', '2026-12-01', { value: '2026-01-12' }, '2026-12-01'],
    ['dmy', '2026-12-01', {}, '2026-12-01'],
    ['dmy', '2026-03-14', {}, '2026-03-14'],
    ['mdy', '2026-03-14', {}, '2026-03-14'],
    ['dmy', '2026-05-05', {}, '2026-05-05'],
    // no panel to read which day the picker took: a date that reads both ways is left alone
    ['dmy', '2026-03-04', { panel: false }, null],
    ['mdy', '2026-03-04', { panel: false }, null],
    ['dmy', '2026-03-04', { panel: false, value: '2026-08-20' }, '2026-08-20'],
    ['dmy', '2026-03-14', { panel: false }, '2026-03-14'],
  ])('%s picker, %s (%j) → %s', async (format, want, opts, committed) => {
    const { el, state } = datePicker(format, opts);
    const r = await writeDate(el, want);
    expect(state.committed).toBe(committed);
    expect(r.ok).toBe(committed === want);
  });
});

describe('setSwitch', () => {
  function arcoSwitch(on: boolean) {
    const d = docFrom(
      `<button id="s" role="switch" aria-checked="${on}" class="arco-switch${on ? ' arco-switch-checked' : ''}"></button>`,
    );
    const el = d.getElementById('s')!;
    let clicks = 0;
    el.addEventListener('click', () => {
      clicks++;
      el.setAttribute('aria-checked', String(el.getAttribute('aria-checked') !== 'true'));
    });
    return { el, clicks: () => clicks };
  }
  it.each([
    [false, true, 1],
    [true, false, 1],
    [true, true, 0],
    [false, false, 0],
  ])('from %s to %s clicks %i time(s)', async (from, to, n) => {
    const s = arcoSwitch(from);
    expect(await setSwitch(s.el, to)).toEqual({ ok: true });
    expect(s.clicks()).toBe(n);
    expect(s.el.getAttribute('aria-checked')).toBe(String(to));
  });
  it('reports a switch that does not change', async () => {
    const d = docFrom('<button id="s" role="switch" aria-checked="false"></button>');
    expect(await setSwitch(d.getElementById('s')!, true)).toEqual({ ok: false, reason: 'The switch did not change.' });
  });
  it('refuses a non-switch', async () => {
    expect((await setSwitch(docFrom('<div id="s"></div>').getElementById('s')!, true)).ok).toBe(false);
  });
});

describe('chooseSelectOption', () => {
  /** A stand-in for Arco Select: the popup is appended to the end of body on click. */
  function arcoSelect(value: string, options: string[]) {
    const d = docFrom(
      `<div id="sel" data-tid="m4b_select" class="arco-select"><div class="arco-select-view"><span class="arco-select-view-value">${value}</span></div></div>`,
    );
    const sel = d.getElementById('sel')!;
    const events: string[] = [];
    sel.addEventListener('click', () => {
      events.push('open');
      setTimeout(() => {
        const popup = d.createElement('div');
        popup.className = 'arco-trigger-popup arco-select-popup';
        for (const o of options) {
          const li = d.createElement('li');
          li.className = 'arco-select-option';
          li.setAttribute('role', 'option');
          li.textContent = o;
          li.addEventListener('click', () => {
            events.push(`pick:${o}`);
            sel.querySelector('.arco-select-view-value')!.textContent = o;
            popup.remove();
          });
          popup.append(li);
        }
        d.body.append(popup);
      }, 30);
    });
    return { sel, events, doc: d };
  }
  it('opens the portal popup and clicks the option by text', async () => {
    const s = arcoSelect('Shoppable video', ['Shoppable video', 'Shoppable LIVE', 'No preference']);
    expect(await chooseSelectOption(s.sel, 'Shoppable LIVE')).toEqual({ ok: true });
    expect(s.events).toEqual(['open', 'pick:Shoppable LIVE']);
    expect(s.doc.querySelector('.arco-select-popup')).toBeNull();
  });
  it('does nothing when the option is already shown', async () => {
    const s = arcoSelect('Free sample', ['Free sample']);
    expect(await chooseSelectOption(s.sel, 'Free sample')).toEqual({ ok: true });
    expect(s.events).toEqual([]);
  });
  it('reports a missing option', async () => {
    const s = arcoSelect('None', ['None', 'Free sample']);
    expect(await chooseSelectOption(s.sel, 'Refund on first sale')).toEqual({
      ok: false,
      reason: 'The select has no option with that text.',
    });
  });
  it('reports a popup that never opens', async () => {
    const d = docFrom('<div id="sel" class="arco-select"><span class="arco-select-view-value">A</span></div>');
    expect(await chooseSelectOption(d.getElementById('sel')!, 'B', 100)).toEqual({
      ok: false,
      reason: 'The select did not open.',
    });
  });
});
