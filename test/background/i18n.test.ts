/** The worker's replies and notices follow the active language (the browser's, set in index.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import { setMessages } from '@/lib/i18n';
import { ID } from '@/lib/i18n/catalogs/id';
import { VI } from '@/lib/i18n/catalogs/vi';
import { ENGLISH } from '@/lib/i18n/english';
import { catalogSource } from '@/lib/i18n/translate';
import { handleMessage } from '../../entrypoints/background/listener';
import { WORKER_MESSAGES } from '../../entrypoints/background/messages';
import { addMsg, CONTENT, EXT, POPUP, startTestWorker, testDeps } from './helpers';

afterEach(() => setMessages(ENGLISH));

describe('worker texts', () => {
  it.each([
    [
      'en',
      ENGLISH,
      'You have sent 1,200 of 1,200 invitations allowed in 24 hours. Opening another would go over the limit.',
    ],
    [
      'id',
      catalogSource('id', ID),
      'Anda telah mengirim 1.200 dari 1.200 undangan yang diizinkan dalam 24 jam. Membuka satu lagi akan melebihi batas.',
    ],
    [
      'vi',
      catalogSource('vi', VI),
      'Bạn đã gửi 1.200 trên 1.200 lời mời được phép trong 24 giờ. Mở thêm một lời mời nữa sẽ vượt giới hạn.',
    ],
  ])('the 24-hour cap in %s, numbers grouped for the language', (_lang, source, text) => {
    setMessages(source);
    expect(WORKER_MESSAGES.cap24h(1200, 1200)).toBe(text);
  });

  it('refuses to open a batch in Indonesian when the worker runs in Indonesian', async () => {
    setMessages(catalogSource('id', ID));
    const w = startTestWorker(testDeps());
    await w.send(addMsg('op1', ['c1']));
    const r = await w.send({ type: 'batch/open', opId: 'o1', entryIds: ['nope'] }, POPUP);
    expect(r).toMatchObject({
      ok: false,
      code: 'refused',
      error: 'Tidak ada entri ini yang sedang menunggu untuk dibuka.',
    });
  });

  it('keeps English for English', () => {
    expect(WORKER_MESSAGES.noEntries).toBe('None of these entries is waiting to be opened.');
    expect(WORKER_MESSAGES.weekly(50, 51)).toBe(
      'Your weekly outreach quota is used up (50 of 51). It resets on Sunday.',
    );
  });

  it.each([
    ['en', ENGLISH],
    ['id', catalogSource('id', ID)],
    ['vi', catalogSource('vi', VI)],
  ])('names its language (%s) to a content script, before its queue has loaded', async (lang, source) => {
    setMessages(source);
    const neverReady = new Promise<never>(() => {});
    await expect(handleMessage(neverReady, { type: 'i18n/language' }, CONTENT, EXT)).resolves.toEqual({
      ok: true,
      data: { language: lang },
    });
  });
});
