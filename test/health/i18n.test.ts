/**
 * Health texts come from the message catalogs at call time: switching the language switches the messages,
 * titles, panel strings and CSV headers, and counts are formatted for the language.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setMessages } from '@/lib/i18n';
import { ID } from '@/lib/i18n/catalogs/id';
import { VI } from '@/lib/i18n/catalogs/vi';
import { ENGLISH } from '@/lib/i18n/english';
import { catalogSource } from '@/lib/i18n/translate';
import { checkHealth, HEALTH_TITLES, HEALTH_UI, SEVERITY_LABELS } from '../../lib/health';
import { healthCsv } from '../../lib/health/csv';
import { healthMessage } from '../../lib/health/rules';
import { collab, creator, DAY, NOW, OPTIONS, product } from './fixtures';

afterEach(() => setMessages(ENGLISH));

const LANG = { id: catalogSource('id', ID), vi: catalogSource('vi', VI) };

describe('health in Indonesian and Vietnamese', () => {
  it.each([
    ['id', () => HEALTH_TITLES['health.out-of-stock'], 'Stok habis'],
    ['vi', () => HEALTH_TITLES['health.out-of-stock'], 'Hết hàng'],
    ['id', () => SEVERITY_LABELS.warning, 'Peringatan'],
    ['vi', () => SEVERITY_LABELS.error, 'Lỗi'],
    ['id', () => HEALTH_UI.loaded(1200), '1.200 kolaborasi dimuat'],
    ['vi', () => HEALTH_UI.loaded(3), 'Đã tải 3 hợp tác'],
    ['id', () => HEALTH_UI.heading, 'Kesehatan kolaborasi'],
    ['vi', () => HEALTH_UI.csvHeaders[0], 'ID hợp tác'],
    [
      'id',
      () => healthMessage('health.not-loaded', { collab: '“Promo”', missing: 'statusnya' }),
      'Belum dimuat untuk “Promo”: statusnya. Collab Pilot tidak memeriksa hal yang bergantung padanya daripada menebak. Buka kolaborasinya, atau tunggu daftar selesai dimuat, untuk memeriksanya.',
    ],
  ] as const)('%s: %s', (lang, text, expected) => {
    setMessages(LANG[lang]);
    expect(text()).toBe(expected);
  });

  it('writes a whole Indonesian sentence for the ending-soon variant, with the date in that language', () => {
    setMessages(LANG.id);
    const { issues } = checkHealth([collab({ name: '', id: '77', endsAt: NOW + 3 * DAY })], {
      ...OPTIONS,
      locale: undefined,
    });
    const ending = issues.find((i) => i.code === 'health.ending-soon');
    expect(ending?.message).toBe(
      'kolaborasi 77 berakhir dalam 3 hari, pada 28 Nov 2026. Kreator dibayar dengan komisi targetnya hanya sampai saat itu. Perpanjang tanggal berakhir, atau kirim undangan baru ke kreator yang ingin Anda pertahankan.',
    );
  });

  it('names creators with the language’s "and" in Vietnamese', () => {
    setMessages(LANG.vi);
    const pending = (id: string, handle: string) =>
      creator({ id, handle, status: 'pending', invitedAt: NOW - 10 * DAY });
    const { issues } = checkHealth([collab({ creators: [pending('a', 'ann'), pending('b', 'bo')] })], OPTIONS);
    expect(issues.find((i) => i.code === 'health.not-accepted')?.message).toBe(
      '2 nhà sáng tạo chưa chấp nhận “Spring push” sau 7 ngày trở lên: @ann và @bo. Cho đến khi chấp nhận, họ không kiếm được gì từ hợp tác này. Hãy gửi lời nhắc, hoặc mời nhà sáng tạo khác.',
    );
  });

  it('exports the CSV header row in the language of the messages', () => {
    setMessages(LANG.id);
    const snaps = [collab({ products: [product({ stock: 0 })] })];
    const csv = healthCsv(checkHealth(snaps, OPTIONS).issues, snaps);
    expect(csv.split('\r\n')[0]).toBe(
      'ID kolaborasi,Nama kolaborasi,Masalah,Tingkat keparahan,Produk,Kreator,Nilai dipertaruhkan (per pesanan),Pesan,Tautan',
    );
    expect(csv).toContain(',Stok habis,Galat,');
  });
});

describe('health in English', () => {
  it('formats counts for the language (numbers are no longer pasted in raw)', () => {
    const { issues } = checkHealth([collab({ products: [product({ stock: 1500 })] })], { ...OPTIONS, minStock: 2000 });
    expect(issues.find((i) => i.code === 'health.low-stock')?.message).toBe(
      '“Blue Mug” has 1,500 left in stock, below your minimum of 2,000, while “Spring push” is ongoing (creators are paid 15% per order). Restock it before it runs out and creators lose their sales.',
    );
  });

  it('keeps the English CSV headers the e2e test and spreadsheets expect', () => {
    expect([...HEALTH_UI.csvHeaders]).toEqual([
      'Collaboration ID',
      'Collaboration name',
      'Issue',
      'Severity',
      'Product',
      'Creator',
      'Money at stake (per order)',
      'Message',
      'Link',
    ]);
  });
});
