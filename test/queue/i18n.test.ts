/** Queue texts follow the active language; the CSV's own columns and values never do. */
import { afterEach, describe, expect, it } from 'vitest';
import { setMessages } from '@/lib/i18n';
import { ID } from '@/lib/i18n/catalogs/id';
import { VI } from '@/lib/i18n/catalogs/vi';
import { ENGLISH } from '@/lib/i18n/english';
import { catalogSource } from '@/lib/i18n/translate';
import { createErrorReason } from '../../lib/queue/create-result.ts';
import { exportQueueCsv, QUEUE_CSV_COLUMNS } from '../../lib/queue/csv.ts';
import { importCreatorsCsv } from '../../lib/queue/csv-import.ts';
import { QUEUE_MESSAGES } from '../../lib/queue/messages.ts';
import { queueOf } from './fixtures.ts';

afterEach(() => setMessages(ENGLISH));

/** A handle list whose last row repeats the one on line 1,201. */
const LATE_DUPLICATE = ['handle', ...Array.from({ length: 1200 }, (_, i) => `@c_${i}`), '@c_1199', '@glow queen!'].join(
  '\n',
);

describe('queue texts in English (unchanged but for number grouping)', () => {
  it.each([
    ['16024019', undefined, 'Your weekly outreach quota is used up. It resets on Sunday.'],
    ['123', undefined, 'TikTok Shop did not send the invitation (error code 123).'],
    ['123', ' Nope ', 'TikTok Shop did not send the invitation (error code 123). TikTok Shop said: “Nope”'],
    ['constructor', undefined, 'TikTok Shop did not send the invitation (error code constructor).'],
  ])('code %s, platform message %j', (code, message, reason) => {
    expect(createErrorReason(code, message)).toBe(reason);
  });

  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('joins %j as %j', (items, text) => {
    expect(QUEUE_MESSAGES.and(items)).toBe(text);
  });

  it('explains import rows, with the line number grouped', () => {
    expect(importCreatorsCsv(LATE_DUPLICATE).errors).toEqual([
      { line: 1202, reason: 'This creator is already listed on line 1,201.' },
      { line: 1203, reason: expect.stringContaining('cannot have (space, “!”)') },
    ]);
  });
});

describe('queue texts in Indonesian and Vietnamese', () => {
  it('explains import rows in Indonesian, with the line number grouped the Indonesian way', () => {
    setMessages(catalogSource('id', ID));
    expect(importCreatorsCsv(LATE_DUPLICATE).errors).toEqual([
      { line: 1202, reason: 'Kreator ini sudah tercantum di baris 1.201.' },
      { line: 1203, reason: expect.stringContaining('tidak boleh ada di handle TikTok (spasi, “!”)') },
    ]);
    expect(createErrorReason('16024022')).toBe(
      'Kreator dan produk ini sudah ada di kolaborasi target lain yang masih terbuka.',
    );
  });

  it('builds a conflict sentence with the list joined in Vietnamese', () => {
    setMessages(catalogSource('vi', VI));
    const products = QUEUE_MESSAGES.and(['“Lip oil”', QUEUE_MESSAGES.productFallback('p2'), '“Mug”']);
    expect(QUEUE_MESSAGES.conflict('@mia', products)).toBe(
      '@mia đã có “Lip oil”, sản phẩm p2 và “Mug” trong một hợp tác mục tiêu khác đang mở.',
    );
    expect(createErrorReason('9', 'bad')).toBe(
      'TikTok Shop đã không gửi lời mời (mã lỗi 9). TikTok Shop cho biết: “bad”',
    );
  });

  it('keeps the CSV column headers and cell values in English whatever the language', () => {
    const english = exportQueueCsv(queueOf(['a']).entries, { bom: false });
    setMessages(catalogSource('vi', VI));
    const vietnamese = exportQueueCsv(queueOf(['a']).entries, { bom: false });
    expect(vietnamese).toBe(english);
    expect(vietnamese.split('\r\n')[0]).toBe(QUEUE_CSV_COLUMNS.join(','));
  });
});
