import { afterEach, describe, expect, it } from 'vitest';
import type { PopupApi } from '../../components/popup/api';
import { QueueList } from '../../components/popup/QueueList';
import { QueueTools } from '../../components/popup/QueueTools';
import type { AnyReply } from '../../lib/messages';
import { button, flush, mount, recordingSend, waitFor } from './harness';

function api(answer: (req: { type: string }) => AnyReply): PopupApi & { send: ReturnType<typeof recordingSend> } {
  return {
    send: recordingSend(answer),
    readSummary: async () => null,
    onSummary: () => () => {},
    focusedCreator: async () => null,
    newOpId: () => 'op-1',
    optionsUrl: 'options.html',
  };
}

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

describe('popup queue tools', () => {
  it('imports a CSV and reports each bad row by line, in words', async () => {
    const a = api((req) =>
      req.type === 'queue/import-csv'
        ? {
            ok: true,
            data: {
              added: 2,
              duplicates: 1,
              errors: [{ line: 4, reason: 'No creator handle or id.' }],
              errorCount: 1,
              replayed: false,
            },
          }
        : { ok: false, code: 'invalid', error: 'unexpected' },
    );
    const m = mount(<QueueTools api={a} />);
    cleanup = m.unmount;
    const input = m.root.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File(['handle\n@a\n@b\n\n'], 'creators.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => m.root.querySelector('.report'));
    expect(a.send.calls[0]).toMatchObject({ type: 'queue/import-csv', text: 'handle\n@a\n@b\n\n' });
    expect(m.root.textContent).toContain('Added 2; 1 already in your queue; 1 row not imported.');
    expect(m.root.querySelector('.report')?.textContent).toBe('Line 4: No creator handle or id.');
  });

  it('removes an entry and undoes it with the token the worker gave', async () => {
    const entry = {
      id: 'e1',
      creator: { id: 'c1', handle: 'mia', canLive: true },
      terms: { products: [], contentType: 'video', flashSale: false, feeStructure: 'commission' },
      status: 'queued',
      createdAt: 1,
      updatedAt: 1,
      note: '',
      tags: [],
      history: [],
    };
    const a = api((req) => {
      if (req.type === 'queue/list') return { ok: true, data: { entries: [entry], total: 1, rev: 1 } };
      if (req.type === 'queue/remove')
        return {
          ok: true,
          data: {
            changed: ['e1'],
            unchanged: [],
            illegal: [],
            missing: [],
            replayed: false,
            token: { entries: [{ id: 'e1', status: 'queued' }] },
          },
        };
      if (req.type === 'queue/undo') return { ok: true, data: { restored: ['e1'], skipped: [], replayed: false } };
      return { ok: false, code: 'invalid', error: 'unexpected' };
    });
    const m = mount(<QueueList api={a} total={1} rev={1} />);
    cleanup = m.unmount;
    await waitFor(() => m.root.querySelector('.row__remove'));
    button(m.root, 'Remove @mia').click();
    await waitFor(() => m.root.querySelector('.undo'));
    expect(m.root.querySelector('.undo')?.textContent).toContain('@mia removed.');
    button(m.root, 'Undo').click();
    await flush();
    expect(a.send.calls.find((c) => c.type === 'queue/undo')).toMatchObject({
      token: { entries: [{ id: 'e1', status: 'queued' }] },
    });
    await waitFor(() => !m.root.querySelector('.undo'));
  });
});
