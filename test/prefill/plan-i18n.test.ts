/** The prefill list speaks the seller's language, with Seller Center's own option names and decimal commas. */
import { afterEach, describe, expect, it } from 'vitest';
import { setMessages } from '@/lib/i18n';
import { ID } from '@/lib/i18n/catalogs/id';
import { VI } from '@/lib/i18n/catalogs/vi';
import { ENGLISH } from '@/lib/i18n/english';
import { catalogSource } from '@/lib/i18n/translate';
import { type PrefillForm, planPrefill } from '../../lib/prefill/plan';

afterEach(() => setMessages(ENGLISH));

const SOURCES = { en: ENGLISH, id: catalogSource('id', ID), vi: catalogSource('vi', VI) };
const NOW = new Date(2026, 10, 25, 12, 0, 0).getTime();
const defaults = {
  defaultDurationDays: 30,
  defaultTargetRateBp: 1500,
  raiseMarginBp: 200,
  defaultContentType: 'live' as const,
  defaultSampleOffer: 'refund-first-sale' as const,
};
const form: PrefillForm = {
  endDate: null,
  contentType: 'video',
  flashSale: false,
  contentTypeEditable: true,
  products: [{ id: 'p1', title: 'Mug', openRateBp: 1450, targetRateBp: null, sampleOffer: 'free-sample' }],
};

describe('prefill lines per language', () => {
  it.each([
    [
      'en',
      [
        ['End date 2026-12-25', '', '2026-12-25'],
        ['Content type: Shoppable LIVE', 'Shoppable video', 'Shoppable LIVE'],
        ['Request a flash sale', 'off', 'on'],
        ['Mug: target commission 16.50% (open rate 14.50%)', '', '16.50%'],
        ['Mug: refund on first sale', 'Free sample', 'Refund on first sale'],
      ],
    ],
    [
      'id',
      [
        ['Tanggal berakhir 2026-12-25', '', '2026-12-25'],
        ['Jenis konten: LIVE yang dapat dibeli', 'Video yang dapat dibeli', 'LIVE yang dapat dibeli'],
        ['Minta flash sale', 'nonaktif', 'aktif'],
        ['Mug: komisi target 16,50% (komisi terbuka 14,50%)', '', '16,50%'],
        ['Mug: pengembalian dana pada penjualan pertama', 'Sampel gratis', 'Pengembalian dana pada penjualan pertama'],
      ],
    ],
    [
      'vi',
      [
        ['Ngày kết thúc 2026-12-25', '', '2026-12-25'],
        ['Loại nội dung: LIVE có thể mua sắm', 'Video có thể mua sắm', 'LIVE có thể mua sắm'],
        ['Yêu cầu flash sale', 'tắt', 'bật'],
        ['Mug: hoa hồng mục tiêu 16,50% (hoa hồng mở 14,50%)', '', '16,50%'],
        ['Mug: hoàn tiền khi bán lần đầu', 'Mẫu miễn phí', 'Hoàn tiền khi bán lần đầu'],
      ],
    ],
  ] as const)('%s', (lang, expected) => {
    setMessages(SOURCES[lang]);
    const changes = planPrefill(form, defaults, NOW, { flashSale: true });
    expect(changes.map((c) => [c.label, c.from, c.to])).toEqual(expected);
  });
});
