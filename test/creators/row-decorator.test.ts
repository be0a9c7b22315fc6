import { afterEach, describe, expect, it } from 'vitest';
import { ROW_HOST_TAG, startRowDecorator } from '@/entrypoints/affiliate.content/features/find-creators/row-decorator';
import type { CreatorDomRow } from '@/lib/pages/find-creators';

/** Rows are known by their handle ("@handle_<id>" here): the id back from a row key. */
const idOf = (key: string) => key.replace(/^@handle_/, '');

const HEAD = ['Creator', 'GMV', 'Items sold', 'Avg. views', 'Engagement rate', 'Action'];

function el(tag: string, attrs: Record<string, string> = {}, text?: string): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function row(id: string, ticked = false): HTMLElement {
  const tr = el('tr', { class: 'arco-table-tr', 'data-row-key': id });
  const creatorCell = el('td');
  creatorCell.append(el('span', {}, `@handle_${id}`), el('span', {}, `Name ${id}`));
  if (ticked) creatorCell.append(el('input', { type: 'checkbox', checked: '' }));
  tr.append(creatorCell, ...['£1K', '10', '100', '1%'].map((t) => el('td', {}, t)), el('td', {}, 'Invite'));
  if (ticked) (creatorCell.querySelector('input') as HTMLInputElement).checked = true;
  return tr;
}

function table(ids: string[]) {
  const wrap = el('div', { 'data-tid': 'm4b_table' });
  const t = el('table');
  const head = el('thead');
  const hr = el('tr');
  hr.append(...HEAD.map((h) => el('th', {}, h)));
  head.append(hr);
  const body = el('tbody');
  body.append(...ids.map((id) => row(id)));
  t.append(head, body);
  wrap.append(t);
  document.body.append(wrap);
  return { wrap, body };
}

function setup(ids: string[]) {
  let clock = 0;
  const { wrap, body } = table(ids);
  const queue: Array<() => void> = [];
  const mounted: string[] = [];
  const reads: Array<() => CreatorDomRow> = [];
  const unmounted: string[] = [];
  const ac = new AbortController();
  const dec = startRowDecorator({
    table: wrap,
    signal: ac.signal,
    language: 'en',
    mount(root, _key, r, read) {
      reads.push(read);
      mounted.push(r.id ?? '?');
      const b = document.createElement('button');
      b.className = 'inner';
      root.append(b);
    },
    unmount(root) {
      unmounted.push(idOf((root.host as HTMLElement).getAttribute('data-row') ?? '?'));
    },
    schedule: (fn) => queue.push(fn),
    cancel: () => undefined,
    // Every reading of the clock is 1 ms later: a task's 8 ms budget holds 8 rows.
    now: () => ++clock,
  });
  /** MutationObserver callbacks are microtasks: let them run, then run the frame. */
  const frame = async () => {
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    for (const fn of queue.splice(0)) fn();
  };
  return {
    wrap,
    body,
    dec,
    mounted,
    reads,
    unmounted,
    ac,
    frame,
    pending: () => queue.length,
  };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('row decorator', () => {
  it('gives every row one host with an open shadow root, and rows added later on the next frame', async () => {
    const s = setup(['1', '2']);
    await s.frame();
    expect(s.mounted).toEqual(['1', '2']);
    expect(s.dec.listed().map((r) => idOf(r.key))).toEqual(['1', '2']);
    s.body.append(row('3'));
    await s.frame();
    expect(s.mounted).toEqual(['1', '2', '3']);
    const hosts = Array.from(s.wrap.querySelectorAll(ROW_HOST_TAG));
    expect(hosts.map((h) => idOf(h.getAttribute('data-row') ?? ''))).toEqual(['1', '2', '3']);
    expect(hosts.every((h) => h.shadowRoot?.querySelector('.inner'))).toBe(true);
  });

  it('mounts with the row key only; its texts are read when the mount asks', async () => {
    const s = setup(['1']);
    await s.frame();
    const read = s.reads[0] as () => CreatorDomRow;
    expect(read()).toMatchObject({ id: '1', handle: 'handle_1', nickname: 'Name 1', gmvText: '£1K', unitsSold: 10 });
  });

  it.each<[string, (body: HTMLElement) => void, string[]]>([
    ['appended', (b) => b.append(row('3'), row('4')), ['1', '2', '3', '4']],
    ['put between two listed rows', (b) => b.querySelector('tr[data-row-key="2"]')?.before(row('9')), ['1', '9', '2']],
    ['put first', (b) => b.prepend(row('0')), ['0', '1', '2']],
    [
      'one removed and one appended',
      (b) => {
        b.querySelector('tr[data-row-key="1"]')?.remove();
        b.append(row('5'));
      },
      ['2', '5'],
    ],
  ])('keeps the listed order it already worked out when rows are %s', async (_name, change, listed) => {
    const s = setup(['1', '2']);
    await s.frame();
    expect(s.dec.listed().map((r) => idOf(r.key))).toEqual(['1', '2']);
    change(s.body);
    await s.frame();
    expect(s.dec.listed().map((r) => idOf(r.key))).toEqual(listed);
    // The same answer as a fresh reading of the page, element for element.
    const fresh = Array.from(s.body.querySelectorAll('tr[data-row-key]'));
    expect(s.dec.listed().map((r) => r.element)).toEqual(fresh);
  });

  it('its own host insertions ask for no further pass', async () => {
    const s = setup(['1', '2']);
    await s.frame();
    await s.frame();
    expect(s.pending()).toBe(0);
  });

  it('undecorates rows the page removed', async () => {
    const s = setup(['1', '2', '3']);
    await s.frame();
    s.body.querySelector('tr[data-row-key="2"]')?.remove();
    await s.frame();
    expect(s.unmounted).toEqual(['2']);
    expect(s.dec.listed().map((r) => idOf(r.key))).toEqual(['1', '3']);
  });

  it.each([
    ['composed', { bubbles: true, composed: true }],
    ['not composed', { bubbles: true }],
  ])('forged events inside a row never reach our handlers (%s)', async (_name, init) => {
    const s = setup(['1']);
    await s.frame();
    const inner = s.wrap.querySelector(ROW_HOST_TAG)?.shadowRoot?.querySelector('.inner') as HTMLElement;
    const heard: string[] = [];
    inner.addEventListener('click', () => heard.push('inner'));
    inner.addEventListener('keydown', () => heard.push('inner key'));
    inner.dispatchEvent(new MouseEvent('click', init));
    inner.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ...init }));
    expect(heard).toEqual([]);
    // The same forged click on an element outside our host is not ours to stop (the test can fail).
    const outside = document.createElement('button');
    s.body.append(outside);
    outside.addEventListener('click', () => heard.push('outside'));
    outside.dispatchEvent(new MouseEvent('click', init));
    expect(heard).toEqual(['outside']);
  });

  it('a row that arrives already ticked counts as selected', async () => {
    const s = setup(['1']);
    await s.frame();
    expect(s.dec.selectedKeys()).toEqual([]);
    s.body.append(row('2', true));
    await s.frame();
    expect(s.dec.selectedKeys().map(idOf)).toEqual(['2']);
  });

  it('dims rows that do not match, and restores them', async () => {
    const s = setup(['1', '2']);
    await s.frame();
    s.dec.setDim((key) => idOf(key) === '1');
    const style = (id: string) => (s.body.querySelector(`tr[data-row-key="${id}"]`) as HTMLElement).style.opacity;
    expect([style('1'), style('2')]).toEqual(['', '0.4']);
    s.dec.setDim(null);
    expect([style('1'), style('2')]).toEqual(['', '']);
  });

  it('decorates a table that arrives whole a time slice per task (8 ms), each row once, in page order', async () => {
    const ids = Array.from({ length: 60 }, (_, i) => String(i + 1));
    const s = setup(ids);
    const perTask: number[] = [];
    for (let i = 0; i < 12 && (i === 0 || s.pending() > 0); i++) {
      const before = s.mounted.length;
      await s.frame();
      perTask.push(s.mounted.length - before);
    }
    expect(perTask).toEqual([8, 8, 8, 8, 8, 8, 8, 4]);
    expect(s.mounted).toEqual(ids);
    expect(s.dec.listed().map((r) => idOf(r.key))).toEqual(ids);
  });

  it.each<[string, (body: HTMLElement, wrap: HTMLElement) => void, string[]]>([
    ['rows appended one by one', (b) => b.append(row('3'), row('4')), ['1', '2', '3', '4']],
    ['a row put first', (b) => b.prepend(row('0')), ['0', '1', '2']],
    [
      'a new body holding the rows (a new search)',
      (b) => {
        const nb = document.createElement('tbody');
        nb.append(row('7'), row('8'));
        b.replaceWith(nb);
      },
      ['7', '8'],
    ],
    [
      'a row whose creator cell the page re-created',
      (b) => {
        const tr = b.querySelector('tr[data-row-key="2"]') as HTMLElement;
        const cell = document.createElement('td');
        cell.append(document.createTextNode('@handle_2'));
        tr.firstElementChild?.replaceWith(cell);
      },
      ['1', '2'],
    ],
  ])('finds the rows among what the page added: %s', async (_name, change, listed) => {
    const s = setup(['1', '2']);
    await s.frame();
    change(s.body, s.wrap);
    await s.frame();
    expect(s.dec.listed().map((r) => idOf(r.key))).toEqual(listed);
    // Every listed row has exactly one host of ours.
    for (const id of listed) {
      const tr = s.wrap.querySelector(`tr[data-row-key="${id}"]`) as HTMLElement;
      expect(tr.querySelectorAll(ROW_HOST_TAG).length).toBe(1);
    }
  });

  it('counts the page checkboxes again after a trusted click only', async () => {
    const s = setup(['1', '2']);
    await s.frame();
    const box = document.createElement('input');
    box.type = 'checkbox';
    s.body.querySelector('tr[data-row-key="1"] td')?.append(box);
    box.checked = true;
    await s.frame();
    // A checkbox ticked by script and no click: not read.
    expect(s.dec.selectedKeys()).toEqual([]);
    box.checked = false; // the click below ticks it
    const heard: number[] = [];
    s.dec.subscribe(() => heard.push(1));
    // happy-dom marks dispatched events untrusted; the seller's click is trusted.
    const click = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(click, 'isTrusted', { value: true });
    box.dispatchEvent(click);
    await s.frame();
    expect(s.dec.selectedKeys().map(idOf)).toEqual(['1']);
    expect(heard.length).toBe(1);
  });

  it('abort removes every host', async () => {
    const s = setup(['1', '2']);
    await s.frame();
    s.ac.abort();
    expect(s.wrap.querySelectorAll(ROW_HOST_TAG).length).toBe(0);
    expect(s.unmounted.sort()).toEqual(['1', '2']);
  });
});

describe('row decorator on rows without data-row-key (the live page)', () => {
  /** A live-like row: no data-row-key, the handle without "@". */
  const liveRow = (handle: string | null, nick = 'Name') => {
    const tr = el('tr', { class: 'arco-table-tr' });
    const cell = el('td');
    if (handle) cell.append(el('span', {}, handle));
    cell.append(el('span', {}, nick));
    tr.append(cell, ...['£1K', '10', '100', '1%'].map((t) => el('td', {}, t)), el('td', {}, 'Invite'));
    return tr;
  };

  it('decorates rows by handle; a row showing nothing to tie it by is counted, not guessed', async () => {
    const s = setup([]);
    s.body.append(liveRow('zoe_deals'), liveRow('bella.picks'), liveRow(null, 'Two Words'), liveRow(null, ''));
    await s.frame();
    // Without a handle, which text is the nickname is not known either (only the live nickname span says).
    expect(s.dec.listed().map((r) => r.key)).toEqual(['@zoe_deals', '@bella.picks']);
    expect(s.dec.unreadable()).toBe(2);
  });

  it('a row element the page reuses for another creator (rows keyed by index) is decorated again', async () => {
    const s = setup([]);
    const tr = liveRow('zoe_deals');
    s.body.append(tr);
    await s.frame();
    expect(s.dec.listed().map((r) => r.key)).toEqual(['@zoe_deals']);
    // React keeps the <tr> and changes its text (a new search): a characterData change.
    (tr.querySelector('span')?.firstChild as Text).data = 'max_kitchen';
    await s.frame();
    expect(s.dec.listed().map((r) => r.key)).toEqual(['@max_kitchen']);
    expect(tr.querySelectorAll(ROW_HOST_TAG).length).toBe(1);
    expect(s.unmounted).toHaveLength(1);
  });

  it('an unreadable row whose texts arrive later is decorated then', async () => {
    const s = setup([]);
    const tr = liveRow(null, '');
    s.body.append(tr);
    await s.frame();
    expect(s.dec.unreadable()).toBe(1);
    tr.firstElementChild?.prepend(el('span', {}, 'late_handle'));
    await s.frame();
    expect(s.dec.listed().map((r) => r.key)).toEqual(['@late_handle']);
    expect(s.dec.unreadable()).toBe(0);
  });
});
