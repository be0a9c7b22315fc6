/** Settings texts follow the active language: field names, reasons, plurals and numbers. */
import { afterEach, describe, expect, it } from 'vitest';
import { setMessages } from '@/lib/i18n';
import { ID } from '@/lib/i18n/catalogs/id';
import { VI } from '@/lib/i18n/catalogs/vi';
import { ENGLISH } from '@/lib/i18n/english';
import { catalogSource } from '@/lib/i18n/translate';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { describeIssues } from '../../lib/settings/describe';
import { NOTICES } from '../../lib/settings/messages';
import { parseSettingsFile } from '../../lib/settings/parse';
import { SET_ASIDE_REASONS } from '../../lib/storage/messages';

const file = (patch: Record<string, unknown>) => JSON.stringify({ ...DEFAULT_SETTINGS, ...patch });
const reasonOf = (text: string) => {
  const r = parseSettingsFile(text);
  return r.ok ? 'accepted' : r.reason;
};

afterEach(() => setMessages(ENGLISH));

describe('settings texts in English (unchanged)', () => {
  it.each([
    [file({ minStock: -1 }), 'Minimum stock must be at least 0.'],
    [file({ defaultTargetRateBp: 9000 }), 'Default target commission must be at most 80%.'],
    [file({ regionOverrides: { US: { minStock: -5 } } }), 'Region US: Minimum stock must be at least 0.'],
    [
      file({ minStock: -1, defaultDurationDays: 0 }),
      'Collaboration length (days) must be at least 1 (and 1 more problem).',
    ],
    [
      file({ minStock: -1, defaultDurationDays: 0, notAcceptedAfterDays: -1 }),
      'Collaboration length (days) must be at least 1 (and 2 more problems).',
    ],
    ['{', 'The file is not valid JSON.'],
  ])('%s → %s', (text, reason) => {
    expect(reasonOf(text)).toBe(reason);
  });

  it('says "is not valid" for a change that is not a group of settings', () => {
    expect(describeIssues([])).toBe('is not valid');
  });

  it.each([
    [1, '1 queue record could not be read and was set aside. Download it from the options page.'],
    [3, '3 queue records could not be read and were set aside. Download them from the options page.'],
  ])('queue set-aside notice for %i record(s)', (n, text) => {
    expect(NOTICES.queueSetAside(n)).toBe(text);
  });
});

describe('settings texts in Indonesian and Vietnamese', () => {
  it('names the field and the problem in Indonesian', () => {
    setMessages(catalogSource('id', ID));
    expect(reasonOf(file({ minStock: -1 }))).toBe('Stok minimum tidak boleh kurang dari 0.');
    expect(reasonOf(file({ regionOverrides: { US: { minStock: -5 } } }))).toBe(
      'Wilayah US: Stok minimum tidak boleh kurang dari 0.',
    );
    expect(reasonOf('{')).toBe('File ini bukan JSON yang valid.');
    expect(NOTICES.queueSetAside(1200)).toBe(
      '1.200 catatan antrean tidak dapat dibaca dan telah disisihkan. Unduh dari halaman opsi.',
    );
    expect(SET_ASIDE_REASONS.queueRecord).toBe('Sebuah entri antrean gagal divalidasi.');
  });

  it('counts further problems and formats percentages in Vietnamese', () => {
    setMessages(catalogSource('vi', VI));
    expect(reasonOf(file({ minStock: -1, defaultDurationDays: 0 }))).toBe(
      'Thời hạn hợp tác (ngày) không được nhỏ hơn 1 (và 1 vấn đề khác).',
    );
    expect(reasonOf(file({ defaultTargetRateBp: 9000 }))).toBe('Hoa hồng mục tiêu mặc định không được lớn hơn 80%.');
    expect(NOTICES.settingsSetAside).toMatch(/^Không đọc được cài đặt đã lưu của bạn/);
  });
});
