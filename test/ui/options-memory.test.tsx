import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../components/options/OptionsApp';
import { handleMessage } from '../../entrypoints/background/listener';
import { toMemoryFile } from '../../lib/memory/file';
import { emptyMemory } from '../../lib/memory/schema';
import { EXT, OPTIONS_PAGE, startTestWorker, testDeps } from '../background/helpers';
import { button, mount, recordingSend, waitFor } from './harness';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function setup() {
  const w = startTestWorker(testDeps());
  const send = recordingSend((req) => handleMessage(w.core, req, OPTIONS_PAGE, EXT));
  const downloads: Array<{ filename: string; text: string }> = [];
  const m = mount(<OptionsApp api={{ send, download: (filename, text) => downloads.push({ filename, text }) }} />);
  cleanup = m.unmount;
  await waitFor(() => m.root.querySelector('#g-memory-h'));
  return { root: m.root, w, downloads };
}

function choose(root: HTMLElement, text: string) {
  const input = [...root.querySelectorAll('label.file')]
    .find((l) => l.textContent?.includes('creator memory'))
    ?.querySelector('input') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], 'creators.json')], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('creator memory on the options page', () => {
  it('imports a file by merging, and says how many', async () => {
    const { root, w } = await setup();
    await w.send({ type: 'memory/note', creatorId: 'c1', note: 'mine' }, OPTIONS_PAGE);
    choose(root, toMemoryFile([{ ...emptyMemory('c1', 1), notes: 'theirs' }, emptyMemory('c2', 1)], 1));
    await waitFor(() =>
      root.textContent?.includes('Imported: 1 new creators, 1 merged with what you had, 0 records could not be read.'),
    );
    const r = await w.send({ type: 'memory/creator', creatorId: 'c1' }, OPTIONS_PAGE);
    expect(r.ok && (r.data as { memory: { notes: string } }).memory.notes).toBe('mine\ntheirs');
  });

  it.each([
    ['not JSON', '{nope', /not JSON/],
    ['another file', '{"format":"settings"}', /not a Collab Pilot creator memory export/],
  ])('refuses %s with the reason', async (_n, text, reason) => {
    const { root } = await setup();
    choose(root, text);
    const alert = await waitFor(() =>
      root.querySelector('#g-memory-h')?.parentElement?.querySelector('[role="alert"]'),
    );
    expect(alert?.textContent).toMatch(/^Nothing was changed: /);
    expect(alert?.textContent).toMatch(reason);
  });

  it('exports JSON and CSV', async () => {
    const { root, w, downloads } = await setup();
    await w.send({ type: 'memory/tags', creatorId: 'c1', tags: ['vip'] }, OPTIONS_PAGE);
    button(root, 'Export creator memory (JSON)').click();
    await waitFor(() => downloads.length === 1);
    button(root, 'Export creators (CSV)').click();
    await waitFor(() => downloads.length === 2);
    expect(JSON.parse(downloads[0]?.text ?? '').creators).toHaveLength(1);
    expect(downloads[1]?.filename).toMatch(/\.csv$/);
  });
});
