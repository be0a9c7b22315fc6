/** The options page follows the active language: headings, labels, choices, inline errors and counts. */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { setMessages } from '@/lib/i18n';
import { ID } from '@/lib/i18n/catalogs/id';
import { VI } from '@/lib/i18n/catalogs/vi';
import { ENGLISH } from '@/lib/i18n/english';
import { catalogSource } from '@/lib/i18n/translate';
import { validateField } from '../../components/options/form-model';
import { OPTIONS_TEXT } from '../../components/options/messages';
import { OptionsApp } from '../../components/options/OptionsApp';
import type { SendMessage } from '../../lib/messages';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';

let root: HTMLDivElement | null = null;
afterEach(() => {
  if (root) {
    render(null, root);
    root.remove();
    root = null;
  }
  setMessages(ENGLISH);
});

/** The page over a worker that only answers with the defaults. */
const send = (async (req: { type: string }) =>
  req.type === 'settings/get'
    ? { ok: true, data: { settings: DEFAULT_SETTINGS } }
    : { ok: true, data: { notices: [] } }) as unknown as SendMessage;

async function mount(): Promise<HTMLDivElement> {
  const el = document.createElement('div');
  document.body.append(el);
  root = el;
  render(<OptionsApp api={{ send, download: () => {} }} />, el);
  for (let i = 0; i < 50 && !el.querySelector('form'); i++) await new Promise((r) => setTimeout(r, 5));
  return el;
}

const labels = (el: HTMLElement) => [...el.querySelectorAll('label')].map((l) => l.textContent?.trim());

describe('options texts in English (unchanged)', () => {
  it.each([
    [() => OPTIONS_TEXT.fixErrors(1), 'Fix 1 field marked below, then save again.'],
    [() => OPTIONS_TEXT.fixErrors(3), 'Fix 3 fields marked below, then save again.'],
    [() => OPTIONS_TEXT.setAsideDone(1), 'Downloaded 1 set-aside record.'],
    [() => OPTIONS_TEXT.setAsideDone(2), 'Downloaded 2 set-aside records.'],
    [() => OPTIONS_TEXT.regionRemove('GB'), 'Remove settings for GB'],
    [
      () => OPTIONS_TEXT.importFailed(OPTIONS_TEXT.fileTooBig),
      'Nothing was changed: That file is too large to be Collab Pilot settings.',
    ],
    [() => validateField('defaultDurationDays', '0'), 'Enter a number from 1 to 365.'],
    [() => OPTIONS_TEXT.fields.defaultFeeStructure, ['Fee structure', 'Flat fee is for videos only.']],
    [() => OPTIONS_TEXT.fields.defaultContentType, ['Content type to request', '']],
  ])('%#', (make, expected) => {
    expect(make()).toEqual(expected);
  });
});

describe('options page in Indonesian and Vietnamese', () => {
  it('renders the page in Indonesian', async () => {
    setMessages(catalogSource('id', ID));
    const el = await mount();
    expect(el.querySelector('h1')?.textContent).toBe('Pengaturan Collab Pilot');
    expect([...el.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Default kolaborasi',
      'Stok dan sampel',
      'Kecocokan kreator',
      'Peringatan',
      'Wilayah',
      'Templat pesan',
      'Halaman',
      'Data Anda',
      'Memori kreator',
    ]);
    expect(labels(el)).toContain('Durasi kolaborasi (hari)');
    expect(labels(el)).toContain('Tampilkan Collab Pilot di Cari kreator');
    const fee = el.querySelector<HTMLSelectElement>('select[name="defaultFeeStructure"]');
    expect([...(fee?.options ?? [])].map((o) => o.textContent)).toEqual(['Hanya komisi', 'Biaya tetap']);
    expect([...el.querySelectorAll('button')].map((b) => b.textContent)).toContain('Simpan pengaturan');
    expect(OPTIONS_TEXT.fixErrors(2)).toBe('Perbaiki 2 kolom yang ditandai di bawah, lalu simpan lagi.');
  });

  it('explains field errors in Vietnamese, numbers formatted for the language', () => {
    setMessages(catalogSource('vi', VI));
    expect(validateField('minStock', 'abc')).toBe('Hãy nhập một số nguyên.');
    expect(validateField('fit.minFollowers', '99999999999')).toMatch(/^Hãy nhập một số từ 0 đến [\d.]+\.$/);
    expect(OPTIONS_TEXT.setAsideDone(1200)).toBe('Đã tải xuống 1.200 bản ghi đã tách riêng.');
  });
});
