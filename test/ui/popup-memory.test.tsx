import { afterEach, describe, expect, it } from 'vitest';
import type { PopupApi } from '../../components/popup/api';
import { CreatorMemory } from '../../components/popup/CreatorMemory';
import { handleMessage } from '../../entrypoints/background/listener';
import type { CreatorMemory as Memory } from '../../lib/memory/schema';
import { addMsg, EXT, POPUP, startTestWorker, testDeps } from '../background/helpers';
import { button, flush, mount, recordingSend, waitFor } from './harness';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function popupOver() {
  const w = startTestWorker(testDeps());
  const send = recordingSend((req) => handleMessage(w.core, req, POPUP, EXT));
  const api = { send, newOpId: () => 'op' } as unknown as PopupApi;
  return { w, api };
}

const input = (root: HTMLElement, label: string) => {
  const l = [...root.querySelectorAll('label')].find((x) => x.textContent?.trim() === label);
  const el = (l?.htmlFor ? root.querySelector(`#${l.htmlFor}`) : l?.querySelector('input')) as
    | HTMLInputElement
    | HTMLTextAreaElement
    | null;
  if (!el) throw new Error(`no field "${label}"`);
  return el;
};
const type = (el: HTMLInputElement | HTMLTextAreaElement, text: string) => {
  el.value = text;
  el.dispatchEvent(new Event('input', { bubbles: true }));
};

describe("the focused creator's memory in the popup", () => {
  it('shows the history and saves the note, tags and "don\'t invite", each field labelled', async () => {
    const { w, api } = popupOver();
    await w.send(addMsg('op1', ['c1']));
    const m = mount(<CreatorMemory api={api} creatorId="c1" />);
    cleanup = m.unmount;
    await waitFor(() => m.root.querySelector('.creator-memory__history li'));
    expect(m.root.querySelector('.creator-memory__history')?.textContent).toMatch(/queued, 1 products/);

    input(m.root, "Don't invite this creator").click();
    type(input(m.root, 'Your note on this creator'), 'asked for a sample twice');
    type(input(m.root, 'Tags (separated by commas)'), 'vip, beauty, VIP');
    await flush();
    button(m.root, 'Save').click();
    await waitFor(() => m.root.textContent?.includes('Saved.'));

    const r = await w.send({ type: 'memory/creator', creatorId: 'c1' }, POPUP);
    const saved = (r as { data: { memory: Memory } }).data.memory;
    expect(saved).toMatchObject({ doNotInvite: true, notes: 'asked for a sample twice', tags: ['vip', 'beauty'] });
    expect((input(m.root, 'Tags (separated by commas)') as HTMLInputElement).value).toBe('vip, beauty');
  });

  it('says when nothing is known yet', async () => {
    const { api } = popupOver();
    const m = mount(<CreatorMemory api={api} creatorId="c9" />);
    cleanup = m.unmount;
    await waitFor(() => m.root.textContent?.includes('No invitations from you yet.'));
  });
});
