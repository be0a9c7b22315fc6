/** Rule messages come from the `rules` catalog in the language the context switched to. */
import { afterEach, describe, expect, it } from 'vitest';
import { setMessages } from '@/lib/i18n';
import { ID } from '@/lib/i18n/catalogs/id';
import { VI } from '@/lib/i18n/catalogs/vi';
import { ENGLISH } from '@/lib/i18n/english';
import { catalogSource } from '@/lib/i18n/translate';
import { checkInvitation, parseRate } from '../../lib/rules';
import { creator, creators, draft, NOW, product } from './fixtures';

afterEach(() => setMessages(ENGLISH));

const SOURCES = { en: ENGLISH, id: catalogSource('id', ID), vi: catalogSource('vi', VI) };
const messageOf = (over: Parameters<typeof draft>[0], code: string, ctx = {}) =>
  checkInvitation(draft(over), { now: NOW, ...ctx }).find((f) => f.code === code)?.message;

describe('rule messages in Indonesian and Vietnamese', () => {
  it.each([
    [
      'id',
      { products: [product({ stock: 0 })] },
      'stock.out',
      '“Blue Mug” kehabisan stok. Isi ulang stoknya atau hapus dari undangan: kreator tidak dapat menjualnya.',
    ],
    [
      'vi',
      { products: [product({ stock: 0 })] },
      'stock.out',
      '“Blue Mug” đã hết hàng. Hãy nhập thêm hàng hoặc xóa sản phẩm khỏi lời mời: nhà sáng tạo không thể bán sản phẩm này.',
    ],
    // A label opening the sentence is capitalised in every language.
    [
      'id',
      { creators: [creator({ handle: undefined, canLive: false })], flashSale: true },
      'flash-sale.needs-live',
      'Kreator c1 tidak dapat melakukan LIVE, sedangkan flash sale ditujukan untuk siaran LIVE. Pilih kreator yang memiliki akses LIVE, atau nonaktifkan flash sale.',
    ],
    [
      'vi',
      { creators: [creator({ handle: undefined, canLive: false })], flashSale: true },
      'flash-sale.needs-live',
      'Nhà sáng tạo c1 không thể phát LIVE, mà flash sale dành cho phiên LIVE. Hãy chọn nhà sáng tạo có quyền LIVE, hoặc tắt flash sale.',
    ],
    [
      'id',
      { creators: creators(51) },
      'creators.too-many',
      'Undangan ini memiliki 51 kreator; TikTok mengizinkan 50. Hapus 1, atau biarkan antrean membaginya menjadi beberapa batch.',
    ],
  ] as Array<[keyof typeof SOURCES, Parameters<typeof draft>[0], string, string]>)(
    '%s: %s',
    (lang, over, code, expected) => {
      setMessages(SOURCES[lang]);
      expect(messageOf(over, code)).toBe(expected);
    },
  );

  it('formats counts for the language (1,000 / 1.000)', () => {
    const ctx = { quota: { used24h: 0, cap24h: 200, open: 1000, openCap: 1000 } };
    expect(messageOf({}, 'quota.open-cap', ctx)).toBe(
      'You have 1,000 open invitations, the most TikTok allows (1,000). End or cancel some before you send another.',
    );
    setMessages(SOURCES.id);
    expect(messageOf({}, 'quota.open-cap', ctx)).toBe(
      'Anda memiliki 1.000 undangan terbuka, jumlah maksimum yang diizinkan TikTok (1.000). Akhiri atau batalkan beberapa undangan sebelum mengirim yang baru.',
    );
  });

  it('follows a language switch back and forth (no text kept from the previous language)', () => {
    const over = { products: [product({ stock: null })] };
    const en = messageOf(over, 'stock.unknown');
    setMessages(SOURCES.vi);
    expect(messageOf(over, 'stock.unknown')).toBe(
      'Chưa rõ tồn kho của “Blue Mug”. Hãy đảm bảo đủ hàng trong kho trước khi mời nhà sáng tạo.',
    );
    setMessages(ENGLISH);
    expect(messageOf(over, 'stock.unknown')).toBe(en);
    expect(en).toBe(
      'The stock of “Blue Mug” is not known. Make sure you have enough in stock before you invite creators.',
    );
  });

  it('gives rate reasons with the decimal comma in Indonesian', () => {
    setMessages(SOURCES.id);
    expect(parseRate('abc')).toEqual({ ok: false, reason: 'Ketik komisi sebagai angka biasa, seperti 15 atau 15,5.' });
  });
});
