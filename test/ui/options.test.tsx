import { afterEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import { handleMessage } from '../../entrypoints/background/listener';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { EXT, OPTIONS_PAGE, startTestWorker, testDeps } from '../background/helpers';
import { button, byLabel, flush, mount, recordingSend, type, waitFor } from './harness';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** The options page wired to a real worker (over fakeBrowser), as an extension page. */
async function setup() {
  const w = startTestWorker(testDeps());
  const send = recordingSend((req) => handleMessage(w.core, req, OPTIONS_PAGE, EXT));
  const downloads: Array<{ filename: string; text: string }> = [];
  const m = mount(<OptionsApp api={{ send, download: (filename, text) => downloads.push({ filename, text }) }} />);
  cleanup = m.unmount;
  await waitFor(() => m.root.querySelector('form'));
  return { root: m.root, send, downloads };
}

async function stored() {
  return (await browser.storage.local.get('settings')).settings as typeof DEFAULT_SETTINGS | undefined;
}

describe('options form', () => {
  it('shows the groups and labels every control', async () => {
    const { root } = await setup();
    const headings = [...root.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual([
      'Collaboration defaults',
      'Stock and samples',
      'Creator fit',
      'Warnings',
      'Regions',
      'Message templates',
      'Pages',
      'Your data',
      'Creator memory',
    ]);
    for (const el of root.querySelectorAll('input, select')) {
      const labelled = el.id && root.querySelector(`label[for="${el.id}"]`);
      const wrapped = el.closest('label');
      expect(
        Boolean(labelled || wrapped || el.getAttribute('aria-label')),
        `unlabelled ${el.outerHTML.slice(0, 80)}`,
      ).toBe(true);
    }
    expect((byLabel(root, 'Default target commission') as HTMLInputElement).value).toBe('15%');
    expect((byLabel(root, 'Minimum engagement rate (%)') as HTMLInputElement).value).toBe('2');
  });

  it.each([
    ['Default target commission', '90', /80/],
    ['Default target commission', 'abc', /./],
    ['Collaboration length (days)', '0', /1 to 365/],
    ['Minimum stock', '-3', /whole number/],
    ['Minimum engagement rate (%)', '150', /percentage/],
    ['Raise margin above the open rate', '85', /0% to 79%/],
  ])('%s = %j shows an inline error on blur', async (label, value, message) => {
    const { root } = await setup();
    const input = byLabel(root, label) as HTMLInputElement;
    type(input, value);
    input.dispatchEvent(new Event('blur'));
    await flush();
    const error = root.querySelector(`#${input.id}-error`);
    expect(error?.textContent).toMatch(message);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(`${input.id}-error`);
  });

  it('refuses to save while a field is invalid, and says so', async () => {
    const { root, send } = await setup();
    type(byLabel(root, 'Default target commission'), '81');
    button(root, 'Save settings').click();
    await flush();
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/Fix 1 field/);
    expect(send.calls.some((c) => c.type === 'settings/save')).toBe(false);
    expect(await stored()).toBeUndefined();
  });

  it('saves valid changes with a visible confirmation', async () => {
    const { root } = await setup();
    type(byLabel(root, 'Default target commission'), '17,5 %');
    type(byLabel(root, 'Minimum stock'), '50');
    type(byLabel(root, 'Content type to request'), 'live');
    button(root, 'Save settings').click();
    const status = await waitFor(() =>
      [...root.querySelectorAll('[role="status"]')].find((s) => s.textContent === 'Settings saved.'),
    );
    expect(status).toBeTruthy();
    expect(await stored()).toMatchObject({ defaultTargetRateBp: 1750, minStock: 50, defaultContentType: 'live' });
  });

  it('adds a region override and saves it', async () => {
    const { root } = await setup();
    type(byLabel(root, 'Region'), 'ID');
    button(root, 'Add region settings').click();
    await flush();
    const rate = root.querySelector('#r-ID-defaultTargetRateBp') as HTMLInputElement;
    type(rate, '20');
    button(root, 'Save settings').click();
    await waitFor(() => root.textContent?.includes('Settings saved.'));
    expect((await stored())?.regionOverrides).toEqual({ ID: { defaultTargetRateBp: 2000 } });
  });

  it('resets to defaults only after confirmation', async () => {
    await browser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, minStock: 99 } });
    const { root } = await setup();
    button(root, 'Reset to defaults').click();
    await flush();
    expect((await stored())?.minStock).toBe(99);
    button(root, 'Yes, reset').click();
    await waitFor(() => root.textContent?.includes('Settings reset to the defaults.'));
    expect(await stored()).toEqual(DEFAULT_SETTINGS);
    expect((byLabel(root, 'Minimum stock') as HTMLInputElement).value).toBe('20');
  });

  it('exports the settings as a JSON download', async () => {
    const { root, downloads } = await setup();
    button(root, 'Export settings').click();
    await waitFor(() => downloads.length);
    expect(downloads[0]?.filename).toMatch(/^collab-pilot-settings-.*\.json$/);
    expect(JSON.parse(downloads[0]?.text ?? '')).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    ['not JSON', 'nope{', /not valid JSON/],
    [
      'a bad rate',
      JSON.stringify({ ...DEFAULT_SETTINGS, defaultTargetRateBp: 9999 }),
      /Default target commission must be at most 80%/,
    ],
    ['a newer version', JSON.stringify({ ...DEFAULT_SETTINGS, version: 5 }), /newer version/],
  ])('an import of %s is rejected with the reason and overwrites nothing', async (_n, text, reason) => {
    await browser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, minStock: 42 } });
    const { root } = await setup();
    const input = root.querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', {
      value: [new File([text], 'settings.json', { type: 'application/json' })],
      configurable: true,
    });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const alert = await waitFor(() => root.querySelector('[role="alert"]'));
    expect(alert.textContent).toMatch(/^Nothing was changed: /);
    expect(alert.textContent).toMatch(reason);
    expect((await stored())?.minStock).toBe(42);
  });

  it('imports a valid file and shows the new values', async () => {
    const { root } = await setup();
    const input = root.querySelector('input[type="file"]') as HTMLInputElement;
    const text = JSON.stringify({ ...DEFAULT_SETTINGS, minStock: 7 });
    Object.defineProperty(input, 'files', { value: [new File([text], 's.json')], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => root.textContent?.includes('Settings imported.'));
    expect((byLabel(root, 'Minimum stock') as HTMLInputElement).value).toBe('7');
  });

  it('shows the set-aside notice once and downloads the set-aside data', async () => {
    await browser.storage.local.set({ settings: 'corrupt' });
    const { root, downloads } = await setup();
    await waitFor(() => root.querySelector('.notice'));
    button(root, 'Download set-aside data').click();
    await waitFor(() => downloads.length);
    expect(JSON.parse(downloads[0]?.text ?? '{}').records).toHaveLength(1);
    button(root, 'Dismiss').click();
    await flush();
    expect(root.querySelector('.notice')).toBeNull();
  });

  it('deletes the set-aside data only after confirmation', async () => {
    await browser.storage.local.set({ settings: 'corrupt' });
    const { root, send } = await setup();
    await waitFor(() => root.querySelector('.notice'));
    button(root, 'Delete set-aside data').click();
    await flush();
    button(root, 'Keep').click();
    await flush();
    expect(send.calls.some((c) => c.type === 'setaside/clear')).toBe(false);
    button(root, 'Delete set-aside data').click();
    await flush();
    button(root, 'Delete').click();
    await waitFor(() => root.textContent?.includes('Deleted 1 set-aside record.'));
    const keys = Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith('quarantine:'));
    expect(keys).toEqual([]);
  });
});
