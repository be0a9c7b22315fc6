/** What the page readers and writers tell the seller comes from the `pages` catalog in the active language. */
import { afterEach, describe, expect, it } from 'vitest';
import { setMessages } from '@/lib/i18n';
import { ID } from '@/lib/i18n/catalogs/id';
import { VI } from '@/lib/i18n/catalogs/vi';
import { ENGLISH } from '@/lib/i18n/english';
import { catalogSource } from '@/lib/i18n/translate';
import { MESSAGES as ARCO } from '../../lib/form/arco';
import type { CreateForm } from '../../lib/pages/create-invitation';
import { toInvitationDraft } from '../../lib/pages/draft';
import { recognisePage } from '../../lib/pages/recognise';
import { docFrom } from './helpers';

afterEach(() => setMessages(ENGLISH));

const SOURCES = { en: ENGLISH, id: catalogSource('id', ID), vi: catalogSource('vi', VI) };
const U = (path: string) => new URL(`https://affiliate.tiktok.com${path}`);
const shell = () =>
  docFrom('<div id="root"><div id="scroll-container"><div class="micro-app-container"></div></div></div>');

describe('page recognition reasons', () => {
  it.each([
    [
      'en',
      '/connection/creator/detail?cid=1',
      'The Creator details page does not look as expected: Invite button not found.',
      ['Invite button'],
    ],
    [
      'id',
      '/connection/creator/detail?cid=1',
      'Halaman Detail kreator tidak tampak seperti yang diharapkan: tombol Undang tidak ditemukan.',
      ['tombol Undang'],
    ],
    [
      'vi',
      '/connection/target-invitation',
      'Trang Hợp tác mục tiêu không hiển thị như mong đợi: không tìm thấy bảng hợp tác.',
      ['bảng hợp tác'],
    ],
  ] as const)('%s %s', (lang, path, reason, missing) => {
    setMessages(SOURCES[lang]);
    expect(recognisePage(U(path), shell())).toEqual({
      kind: 'not-recognised',
      page: expect.any(String),
      reason,
      missing,
    });
  });
});

describe('draft gaps', () => {
  const form: CreateForm = {
    name: 'Winter mugs',
    message: null,
    endDate: null,
    endsAt: null,
    endDateReading: null,
    feeStructure: 'commission',
    contentType: null,
    flashSale: null,
    freeSamples: null,
    products: [
      {
        id: null,
        title: 'Mug',
        priceText: null,
        stockText: null,
        openRateText: null,
        targetRateText: 'abc',
        sampleOffer: null,
      },
    ],
    productsFound: true,
    creators: [],
    creatorCount: null,
    creatorsComplete: false,
    creatorsShownAs: null,
    creatorCounter: null,
    notFound: [],
  } as unknown as CreateForm;

  it('are listed in Vietnamese, with the page default named as the page shows it', () => {
    setMessages(SOURCES.vi);
    expect(toInvitationDraft(form, new Map(), new Map()).gaps).toEqual([
      'Chưa có ngày kết thúc: các kiểm tra về ngày kết thúc tạm tắt cho đến khi bạn đặt ngày.',
      'Không tìm thấy loại nội dung trên trang: coi là "Video có thể mua sắm" (mặc định của trang).',
      'Không tìm thấy công tắc flash sale: coi là đang tắt.',
      'Không đọc được dòng sản phẩm 1 là sản phẩm nào: chưa kiểm tra tồn kho và xung đột của sản phẩm này.',
      'Hoa hồng mục tiêu của Mug trống hoặc không phải là số: tính là 0 %.',
      'Không đọc được các nhà sáng tạo đã chọn: đã bỏ qua các kiểm tra nhà sáng tạo.',
    ]);
  });
});

describe('form writer reasons', () => {
  it('are read when used, so a language switch after import applies', () => {
    expect(ARCO.badDate).toBe('The date must be YYYY-MM-DD.');
    setMessages(SOURCES.id);
    expect(ARCO.badDate).toBe('Tanggal harus berformat YYYY-MM-DD.');
    expect(ARCO.valueDidNotStick).toBe('Halaman tidak menerima nilai tersebut.');
  });
});
