/**
 * The popup's words follow the language chosen before the first render (main.tsx), read at call time;
 * English stays as the e2e tests read it. Numbers are formatted for the language.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { PopupApi, SummaryApi } from '@/components/popup/api';
import { BATCH_TEXT as B } from '@/components/popup/batch-messages';
import { POPUP_TEXT as T } from '@/components/popup/messages';
import { QueueList } from '@/components/popup/QueueList';
import { mountShell } from '@/components/popup/shell';
import { shellText } from '@/components/popup/shell-text';
import { setMessages, t } from '@/lib/i18n';
import { ID } from '@/lib/i18n/catalogs/id';
import { VI } from '@/lib/i18n/catalogs/vi';
import { ENGLISH } from '@/lib/i18n/english';
import { catalogSource } from '@/lib/i18n/translate';
import type { QueueSummary } from '@/lib/messages';
import { button, mount, recordingSend, waitFor } from './harness';

const LANG = { en: ENGLISH, id: catalogSource('id', ID), vi: catalogSource('vi', VI) };
const unmounts: Array<() => void> = [];

afterEach(() => {
  setMessages(ENGLISH);
  for (const u of unmounts.splice(0)) u();
});

describe('popup texts', () => {
  it.each([
    ['en', () => B.batchLine(1, 1), '1 creator, 1 product'],
    ['en', () => B.batchLine(50, 3), '50 creators, 3 products'],
    ['en', () => B.findings(1, 0), '1 problem'],
    ['en', () => B.findings(2, 1), '2 problems, 1 warning'],
    ['en', () => B.findings(0, 3), '3 warnings'],
    ['en', () => T.notices(1), '1 message needs your attention in Settings.'],
    ['en', () => T.notices(2), '2 messages need your attention in Settings.'],
    ['en', () => T.imported(2, 1, 1), 'Added 2; 1 already in your queue; 1 row not imported.'],
    ['en', () => T.imported(0, 0, 3), 'Added 0; 0 already in your queue; 3 rows not imported.'],
    ['en', () => T.showQueue(10_000), 'Show queue (10,000)'],
    ['en', () => T.quota(12, 200), 'Invitations in the last 24 hours: 12 of 200'],
    ['en', () => T.title, 'Collab Pilot'],
    ['id', () => B.batchLine(1, 2), '1 kreator, 2 produk'],
    ['id', () => T.showQueue(10_000), 'Tampilkan antrean (10.000)'],
    ['id', () => T.imported(1200, 3, 1), 'Ditambahkan 1.200; 3 sudah ada di antrean Anda; 1 baris tidak diimpor.'],
    ['id', () => T.remove('@mia'), 'Hapus @mia'],
    ['vi', () => B.findings(2, 1), '2 lỗi, 1 cảnh báo'],
    ['vi', () => T.notices(1), 'Có 1 thông báo cần bạn chú ý trong Cài đặt.'],
    ['vi', () => T.quota(1500, 2000), 'Lời mời trong 24 giờ qua: 1.500/2.000'],
    ['vi', () => T.title, 'Collab Pilot'],
  ] as const)('%s: %s', (lang, text, expected) => {
    setMessages(LANG[lang]);
    expect(text()).toBe(expected);
  });
});

const SUMMARY: QueueSummary = {
  rev: 1,
  counts: { queued: 3, opened: 0, sent: 1, failed: 0, removed: 0 },
  total: 4,
  updatedAt: 1,
};

describe('the rendered popup in another language', () => {
  it('paints the shell in Vietnamese: title, Settings link and count labels', async () => {
    setMessages(LANG.vi);
    const api: SummaryApi = { readSummary: async () => SUMMARY, onSummary: () => () => {}, optionsUrl: 'options.html' };
    const app = document.createElement('div');
    document.body.append(app);
    unmounts.push(mountShell(app, { api, text: shellText(t), loadRest: () => new Promise(() => {}) }), () =>
      app.remove(),
    );
    await waitFor(() => app.querySelector('dl'));
    expect(app.querySelector('h1')?.textContent).toBe('Collab Pilot');
    expect(app.querySelector('a')?.textContent).toBe('Cài đặt');
    expect(app.querySelector('dl')?.getAttribute('aria-label')).toBe('Hàng đợi theo trạng thái');
    expect([...app.querySelectorAll('dt')].map((d) => d.textContent)).toEqual([
      'Trong hàng đợi',
      'Đã mở',
      'Đã gửi',
      'Thất bại',
      'Đã xóa',
    ]);
    expect(app.querySelector('.popup__rest')?.textContent).toBe('Đang lập các lô…');
  });

  it('lists the queue in Indonesian: row status and the remove button name', async () => {
    setMessages(LANG.id);
    const entry = {
      id: 'e1',
      creator: { id: 'c1', handle: 'mia', canLive: true },
      terms: {},
      status: 'queued',
      createdAt: 1,
      updatedAt: 1,
      note: '',
      tags: [],
      history: [],
    };
    const api: PopupApi = {
      send: recordingSend(() => ({ ok: true, data: { entries: [entry], total: 1, rev: 1 } }) as never),
      readSummary: async () => null,
      onSummary: () => () => {},
      focusedCreator: async () => null,
      newOpId: () => 'op-1',
      optionsUrl: 'options.html',
    };
    const m = mount(<QueueList api={api} total={1} rev={1} />);
    unmounts.push(m.unmount);
    await waitFor(() => m.root.querySelector('.row__status'));
    expect(m.root.querySelector('.row__status')?.textContent).toBe('Dalam antrean');
    expect(m.root.querySelector('.queue-list')?.getAttribute('aria-label')).toBe('Kreator dalam antrean');
    expect(button(m.root, 'Hapus @mia')).toBeTruthy();
  });
});
