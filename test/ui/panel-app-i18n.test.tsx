/** The content-script panel's own words (page names, "page not recognised") follow the active language. */
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { setMessages } from '@/lib/i18n';
import { ID } from '@/lib/i18n/catalogs/id';
import { VI } from '@/lib/i18n/catalogs/vi';
import { ENGLISH } from '@/lib/i18n/english';
import { catalogSource } from '@/lib/i18n/translate';
import type { PageDataStore } from '../../entrypoints/affiliate.content/page-data';
import { PanelApp } from '../../entrypoints/affiliate.content/panel-app';
import { mount } from './harness';

const unmounts: Array<() => void> = [];
afterEach(() => {
  for (const u of unmounts.splice(0)) act(u);
  setMessages(ENGLISH);
});

const URL_ = new URL('https://affiliate.tiktok.com/connection/creator?shop_region=GB');
const NO_DATA = {} as PageDataStore;

function notRecognised(missing: string[]) {
  let root!: HTMLElement;
  act(() => {
    const m = mount(
      <PanelApp
        page={{ kind: 'not-recognised', page: 'find-creators', reason: 'r', missing }}
        url={URL_}
        signal={new AbortController().signal}
        data={NO_DATA}
      />,
    );
    root = m.root;
    unmounts.push(m.unmount);
  });
  return root;
}

describe('panel on a page it does not recognise', () => {
  it.each([
    [
      'en',
      ENGLISH,
      'Page not recognised',
      'Collab Pilot could not find what it reads on this page, so its checks are off here. The page itself works as usual.',
      'Missing: results table, Invite button',
    ],
    [
      'id',
      catalogSource('id', ID),
      'Halaman tidak dikenali',
      'Collab Pilot tidak menemukan apa yang dibacanya di halaman ini, jadi pemeriksaannya dinonaktifkan di sini. Halaman ini sendiri tetap berfungsi seperti biasa.',
      'Tidak ditemukan: results table, Invite button',
    ],
    [
      'vi',
      catalogSource('vi', VI),
      'Không nhận diện được trang',
      'Collab Pilot không tìm thấy những gì nó cần đọc trên trang này, nên các bước kiểm tra đã tắt ở đây. Bản thân trang vẫn hoạt động bình thường.',
      'Không tìm thấy: results table, Invite button',
    ],
  ])('%s', (_lang, source, subtitle, explanation, missing) => {
    setMessages(source);
    const root = notRecognised(['results table', 'Invite button']);
    const state = root.querySelector('[data-state="not-recognised"]');
    expect(root.textContent).toContain(subtitle);
    expect(root.textContent).toContain('Collab Pilot');
    expect(state?.querySelector('p')?.textContent).toBe(explanation);
    expect(state?.querySelector('.cp-muted')?.textContent).toBe(missing);
  });
});
