/**
 * The panel frame's words (shell catalog area) follow the language chosen after the modules were
 * loaded; English stays as the e2e tests read it.
 */
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { PANEL_MESSAGES } from '@/components/panel/messages';
import { PanelShell } from '@/components/panel/PanelShell';
import { setMessages } from '@/lib/i18n';
import { ID } from '@/lib/i18n/catalogs/id';
import { VI } from '@/lib/i18n/catalogs/vi';
import { ENGLISH } from '@/lib/i18n/english';
import { catalogSource } from '@/lib/i18n/translate';
import { mount } from './harness';

const LANG = { en: ENGLISH, id: catalogSource('id', ID), vi: catalogSource('vi', VI) };
const unmounts: Array<() => void> = [];

afterEach(() => {
  setMessages(ENGLISH);
  for (const u of unmounts.splice(0)) u();
});

function Boom(): never {
  throw new Error('feature broke');
}

describe('panel frame texts', () => {
  it.each([
    ['en', () => PANEL_MESSAGES.pillLabel('Collab Pilot', 3, 0), 'Collab Pilot: 3 to fix. Open panel'],
    ['en', () => PANEL_MESSAGES.pillLabel('Collab Pilot', 0, 2), 'Collab Pilot: 2 to check. Open panel'],
    ['en', () => PANEL_MESSAGES.pillLabel('Collab Pilot', 3, 2), 'Collab Pilot: 3 to fix, 2 to check. Open panel'],
    ['en', () => PANEL_MESSAGES.pillLabel('Collab Pilot', 0, 0), 'Collab Pilot. Open panel'],
    ['en', () => PANEL_MESSAGES.errorsBadge(3), '3 to fix'],
    ['en', () => PANEL_MESSAGES.warningsBadge(1), '1 to check'],
    ['en', () => PANEL_MESSAGES.moveTo('bottom'), 'Move panel to the bottom (or drag it)'],
    ['en', () => PANEL_MESSAGES.movedTo('left'), 'Panel moved to the left.'],
    ['en', () => PANEL_MESSAGES.move, 'Move panel'],
    [
      'id',
      () => PANEL_MESSAGES.pillLabel('Collab Pilot', 3, 2),
      'Collab Pilot: 3 perlu diperbaiki, 2 perlu diperiksa. Buka panel',
    ],
    ['id', () => PANEL_MESSAGES.errorsBadge(1200), '1.200 perlu diperbaiki'],
    ['vi', () => PANEL_MESSAGES.pillLabel('Collab Pilot', 0, 0), 'Collab Pilot. Mở bảng'],
    ['vi', () => PANEL_MESSAGES.warningsBadge(2), '2 mục cần kiểm tra'],
  ] as const)('%s: %s', (lang, text, expected) => {
    setMessages(LANG[lang]);
    expect(text()).toBe(expected);
  });

  it.each([
    ['en', 'Hide', 'Move panel to the left (or drag it)', 'Panel moved to the left.'],
    ['id', 'Sembunyikan', 'Pindahkan panel ke kiri (atau seret)', 'Panel dipindahkan ke kiri.'],
    ['vi', 'Ẩn', 'Chuyển bảng sang trái (hoặc kéo bảng)', 'Đã chuyển bảng sang trái.'],
  ] as const)('renders the header in %s and announces a move', (lang, hide, move, moved) => {
    setMessages(LANG[lang]);
    // A given dock: the shell remembers a move for the rest of the tab (module state).
    const m = mount(
      <PanelShell title="Collab Pilot" dock="right">
        body
      </PanelShell>,
    );
    unmounts.push(m.unmount);
    const buttons = [...m.root.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toContain(hide);
    const mover = m.root.querySelector<HTMLButtonElement>('.cp-panel__move');
    expect(mover?.getAttribute('aria-label')).toBe(move);
    act(() => mover?.click());
    expect(m.root.querySelector('[role="status"]')?.textContent).toBe(moved);
  });

  it('shows a failing feature in Vietnamese', () => {
    setMessages(LANG.vi);
    let m: ReturnType<typeof mount> | undefined;
    // act: the error boundary shows its message on the render after the throw.
    act(() => {
      m = mount(
        <PanelShell title="Collab Pilot">
          <Boom />
        </PanelShell>,
      );
    });
    if (!m) throw new Error('not mounted');
    unmounts.push(m.unmount);
    const alert = m.root.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Collab Pilot gặp sự cố trên trang này và đã tạm dừng bảng này.');
    expect(alert?.querySelector('button')?.textContent).toBe('Thử lại');
  });
});
