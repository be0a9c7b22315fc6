/**
 * Find creators texts come from the message catalogs at call time: the reason list, badges, fit summary
 * and bulk result follow the language chosen after the modules were loaded.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { creatorBadges } from '@/lib/creators/badges';
import { fitOutline, fitParts } from '@/lib/creators/fit';
import { bulkResultMessage, OVERLAY_MESSAGES, TOOLBAR_MESSAGES } from '@/lib/creators/messages';
import { REASONS } from '@/lib/creators/reasons';
import { setMessages } from '@/lib/i18n';
import { ID } from '@/lib/i18n/catalogs/id';
import { VI } from '@/lib/i18n/catalogs/vi';
import { ENGLISH } from '@/lib/i18n/english';
import { catalogSource } from '@/lib/i18n/translate';

afterEach(() => setMessages(ENGLISH));

const LANG = { id: catalogSource('id', ID), vi: catalogSource('vi', VI) };
const THRESHOLDS = { minFollowers: 10_000, minGmv: 0, minEngagement: 0.02, minSampleFulfilment: 0 };

describe('creators in Indonesian and Vietnamese', () => {
  it.each([
    ['id', () => REASONS[0]?.label, 'Mempromosikan produk serupa'],
    ['vi', () => REASONS[3]?.label, 'Hồ sơ người theo dõi khớp với hồ sơ khách hàng'],
    ['id', () => OVERLAY_MESSAGES.add, 'Tambahkan ke antrean'],
    ['vi', () => TOOLBAR_MESSAGES.matching(1200, 1500), '1.200/1.500 nhà sáng tạo trong danh sách phù hợp'],
    [
      'id',
      () =>
        creatorBadges(
          { canLive: true, invitedWithin90Days: null, collaborated: null, blocked: true },
          { queued: false },
        )
          .map((b) => b.label)
          .join(', '),
      'Diblokir, LIVE',
    ],
    [
      'id',
      () => bulkResultMessage({ added: 3, alreadyQueued: 1, skippedBlocked: 2 }),
      '3 ditambahkan; 1 sudah ada di antrean Anda; 2 dilewati karena diblokir oleh toko Anda.',
    ],
    [
      'vi',
      () => bulkResultMessage({ added: 1, alreadyQueued: 0, cancelled: true, total: 5 }),
      'Đã dừng sau 1/5. Đã thêm 1.',
    ],
  ] as const)('%s: %s', (lang, text, expected) => {
    setMessages(LANG[lang]);
    expect(text()).toBe(expected);
  });

  it('writes the fit summary and values in Vietnamese', () => {
    setMessages(LANG.vi);
    const creator = { followers: 5000, gmv: null, engagement: 0.03, sampleFulfilment: null };
    const parts = fitParts(creator, THRESHOLDS);
    expect(parts[0]?.label).toBe('Người theo dõi');
    expect(parts[1]?.value).toBe('không rõ');
    expect(fitOutline(creator, THRESHOLDS).summary).toBe('Đạt 1/2 · biết 2/4 · dưới mục tiêu: Người theo dõi');
  });
});

describe('creators in English', () => {
  it.each([
    [() => TOOLBAR_MESSAGES.queueMatching(1200), 'Queue all matching (1,200)'],
    [() => bulkResultMessage({ added: 1, alreadyQueued: 1 }), 'Added 1; 1 was already in your queue.'],
  ])('%#', (text, expected) => expect(text()).toBe(expected));
});
