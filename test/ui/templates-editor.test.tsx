import { afterEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import { handleMessage } from '../../entrypoints/background/listener';
import type { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { EXT, OPTIONS_PAGE, startTestWorker, testDeps } from '../background/helpers';
import { button, byLabel, flush, mount, recordingSend, type, waitFor } from './harness';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function setup() {
  const w = startTestWorker(testDeps());
  const send = recordingSend((req) => handleMessage(w.core, req, OPTIONS_PAGE, EXT));
  const m = mount(<OptionsApp api={{ send, download: () => {} }} />);
  cleanup = m.unmount;
  await waitFor(() => m.root.querySelector('form'));
  return { root: m.root, send };
}

async function stored() {
  return (await browser.storage.local.get('settings')).settings as typeof DEFAULT_SETTINGS | undefined;
}

const items = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('li.template')];
const body = (li: HTMLElement) => li.querySelector('textarea') as HTMLTextAreaElement;

describe('message templates editor', () => {
  it('lists the default invitation and follow-up, each control labelled', async () => {
    const { root } = await setup();
    const list = items(root);
    expect(list.map((li) => li.querySelector('legend')?.textContent)).toEqual(['Invitation', 'Follow-up']);
    for (const li of list)
      for (const el of li.querySelectorAll('input, select, textarea'))
        expect(li.querySelector(`label[for="${el.id}"]`), el.outerHTML.slice(0, 60)).toBeTruthy();
  });

  it('shows an unknown variable and an unbalanced brace inline, described by the field, and refuses to save', async () => {
    const { root, send } = await setup();
    const [first] = items(root);
    type(body(first!) as unknown as HTMLInputElement, 'Hi {foo} from {shop');
    await flush();
    const textarea = body(items(root)[0]!);
    const error = root.querySelector(`#${textarea.id}-error`);
    expect(error?.textContent).toContain('“{foo}” is not a variable');
    expect(error?.textContent).toContain('The “{” at character 15 has no closing “}”.');
    expect(textarea.getAttribute('aria-describedby')).toContain(`${textarea.id}-error`);
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
    button(root, 'Save settings').click();
    await flush();
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/Fix 1 field/);
    expect(send.calls.some((c) => c.type === 'settings/save')).toBe(false);
  });

  it('previews in English, Indonesian and Vietnamese, and marks {creator} with several creators as must-fix', async () => {
    const { root } = await setup();
    type(body(items(root)[0]!) as unknown as HTMLInputElement, 'Hi {creator}, {commission} until {end_date}.');
    await flush();
    const li = items(root)[0]!;
    const samples = [...li.querySelectorAll<HTMLElement>('.template__sample')];
    expect(samples.map((s) => s.dataset.language)).toEqual(['en', 'id', 'vi']);
    expect(samples[0]?.querySelector('.template__text')?.textContent).toMatch(
      /^Hi @sunny\.creator, 15% until \w+ \d+, \d{4}\.$/,
    );
    expect(samples[1]?.querySelector('.template__text')?.textContent).toMatch(
      /^Hi @sunny\.creator, 15% until \d+ \w+ \d{4}\.$/,
    );
    expect(samples[2]?.querySelector('.template__text')?.textContent).toMatch(/tháng/);
    expect(li.querySelector('[data-problem]')).toBeNull();
    type(byLabel(li, 'Preview for'), 'several');
    await flush();
    expect(li.querySelector('[data-problem]')?.textContent).toBe(
      'Must fix: {creator} fills in only for exactly one creator.',
    );
  });

  it('marks a text over 500 characters once filled as must-fix in the preview', async () => {
    const { root } = await setup();
    type(body(items(root)[0]!) as unknown as HTMLInputElement, `${'a'.repeat(495)} {products}`);
    await flush();
    expect(items(root)[0]?.querySelector('[data-problem]')?.textContent).toMatch(
      /Must fix: filled in, it is 5\d\d characters; the message box takes 500\./,
    );
  });

  it('adds, edits and saves a template with the shop name; deletes only after confirmation', async () => {
    const { root } = await setup();
    button(root, 'Add template').click();
    await flush();
    const added = items(root)[2]!;
    type(byLabel(added, 'Name'), 'Thanks');
    type(byLabel(added, 'Used for'), 'follow-up');
    type(body(items(root)[2]!) as unknown as HTMLInputElement, 'Thanks, {creator}!');
    type(byLabel(root, 'Shop name'), 'Sunny Home');
    button(root, 'Save settings').click();
    await waitFor(() => root.textContent?.includes('Settings saved.'));
    expect((await stored())?.templates.at(-1)).toEqual({
      id: 't3',
      name: 'Thanks',
      kind: 'follow-up',
      body: 'Thanks, {creator}!',
    });
    expect((await stored())?.shopName).toBe('Sunny Home');

    const first = items(root)[0]!;
    button(first, 'Delete template').click();
    await flush();
    expect(items(root)).toHaveLength(3);
    expect(first.querySelector('legend ~ * legend, fieldset.confirm legend')?.textContent).toBe(
      'Delete the template “Invitation”?',
    );
    button(items(root)[0]!, 'Delete').click();
    await flush();
    expect(items(root).map((li) => li.dataset.templateId)).toEqual(['follow-up', 't3']);
  });

  it('stops adding at 20 templates and says why', async () => {
    const { root } = await setup();
    for (let i = 0; i < 18; i++) {
      button(root, 'Add template').click();
      await flush(1);
    }
    expect(items(root)).toHaveLength(20);
    const add = button(root, 'Add template');
    expect(add.disabled).toBe(true);
    expect(root.querySelector(`#${add.getAttribute('aria-describedby')}`)?.textContent).toMatch(/20 templates/);
  });
});
