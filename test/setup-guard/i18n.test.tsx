/** The setup guard's texts follow the active language; English stays as it was. */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setMessages } from '@/lib/i18n';
import { ID } from '@/lib/i18n/catalogs/id';
import { VI } from '@/lib/i18n/catalogs/vi';
import { ENGLISH } from '@/lib/i18n/english';
import { catalogSource } from '@/lib/i18n/translate';
import { GUARD_TEXT } from '../../components/setup-guard/messages';
import { SetupGuard } from '../../components/setup-guard/SetupGuard';
import type { GuardActions, GuardView } from '../../components/setup-guard/types';
import { FILLED_TEXT } from '../../entrypoints/affiliate.content/features/apply-prefill';
import { CREATE_PANEL_SECTIONS } from '../../entrypoints/affiliate.content/features/setup-guard';

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  setMessages(ENGLISH);
});

const actions = (): GuardActions => ({
  raise: vi.fn(),
  offerDefaults: vi.fn(),
  acceptPrefill: vi.fn(),
  dismissPrefill: vi.fn(),
  confirmWarnings: vi.fn(),
  sendAnyway: vi.fn(),
});

function view(over: Partial<GuardView> = {}): GuardView {
  return {
    findings: [{ code: 'flash-sale.bulk', severity: 'error', message: 'x' }],
    products: [
      {
        id: 'p1',
        title: 'Glow serum',
        priceCents: 1999,
        stock: 0,
        stockState: 'out',
        openRateBp: 1000,
        targetRateBp: 800,
        effectiveBp: 800,
        sampleOffer: 'refund-first-sale',
        raiseToBp: 1200,
      },
    ],
    creatorCount: 2,
    feeStructure: 'flat-fee',
    flatFee: { videoReview: 'seller', adsAuthorization: true },
    quota: { used24h: 12, cap24h: 2000, open: 3, openCap: 5000 },
    send: { state: 'blocked' },
    prefill: null,
    locale: 'en',
    currency: 'GBP',
    formRead: true,
    batchMissing: [],
    ...over,
  };
}

const text = () => root.textContent ?? '';

describe('setup guard texts in English (unchanged)', () => {
  it('renders the summary, flat-fee note, quota and held Send as before', () => {
    render(<SetupGuard sections={CREATE_PANEL_SECTIONS} view={view()} actions={actions()} />, root);
    const summary = root.querySelector('.cp-guard__summary');
    expect(summary?.textContent).toBe('1 to fix · 0 to check · 1 product · 2 creators');
    expect([...(summary?.querySelectorAll('strong') ?? [])].map((s) => s.textContent)).toEqual(['1', '0']);
    expect(text()).toContain(
      'Flat fee: you pay TikTok Shop; creators are paid after their videos are approved (reviewed by you). Video format only.',
    );
    expect(text()).toContain('Ads authorization: requested.');
    expect(text()).toContain('Invitations in the last 24 hours: 12 of 2,000. Open invitations: 3 of 5,000.');
    expect(text()).toContain('Send is held until the problem marked “Must fix” is fixed.');
    expect(root.querySelector('tr[data-product-id="p1"]')?.textContent).toContain('Out of stock');
    expect(root.querySelector('tr[data-product-id="p1"]')?.textContent).toContain('Refund 1st sale');
  });

  it.each([
    [() => GUARD_TEXT.held(3), 'Send is held until the 3 problems marked “Must fix” are fixed.'],
    [() => GUARD_TEXT.confirmWarnings(1), 'One warning above. Send anyway?'],
    [() => GUARD_TEXT.confirmWarnings(2), '2 warnings above. Send anyway?'],
    [() => GUARD_TEXT.sent('g1'), 'Invitation sent. TikTok Shop accepted it (invitation g1).'],
    [() => GUARD_TEXT.sent(), 'Invitation sent. TikTok Shop accepted it.'],
    [() => GUARD_TEXT.fillChanges(1), 'Fill in 1 change'],
    [() => FILLED_TEXT.filledAll(2), 'Filled in 2 changes. Check the form, then press Send yourself.'],
    [
      () => FILLED_TEXT.filledSome(1, 2, FILLED_TEXT.notFilledItem('End date 2026-12-25', GUARD_TEXT.fieldMissing)),
      'Filled in 1 of 2. Not filled: End date 2026-12-25 (The field is not on the page.)',
    ],
    [
      () => GUARD_TEXT.batchMissing(1, 'Pan'),
      'Your queued batch uses this product: add Pan with “Add products”, then fill in the rates below.',
    ],
    [
      () => GUARD_TEXT.flatFee(null),
      'Flat fee: you pay TikTok Shop; creators are paid after their videos are approved. Video format only.',
    ],
    [() => GUARD_TEXT.alreadyMatches('batch'), 'The form already matches your queued batch.'],
  ])('%#: %s', (make, expected) => {
    expect(make()).toBe(expected);
  });
});

describe('setup guard in Indonesian and Vietnamese', () => {
  it('renders the guard in Indonesian, numbers in bold and formatted', () => {
    setMessages(catalogSource('id', ID));
    render(<SetupGuard sections={CREATE_PANEL_SECTIONS} view={view()} actions={actions()} />, root);
    const summary = root.querySelector('.cp-guard__summary');
    expect(summary?.textContent).toBe('1 perlu diperbaiki · 0 perlu diperiksa · 1 produk · 2 kreator');
    expect(summary?.querySelector('strong')?.textContent).toBe('1');
    expect(root.querySelector('.cp-finding__severity')?.textContent).toBe('Wajib diperbaiki');
    expect(text()).toContain('Kirim ditahan sampai 1 masalah bertanda “Wajib diperbaiki” diperbaiki.');
    expect(text()).toContain('Undangan dalam 24 jam terakhir: 12 dari 2.000. Undangan terbuka: 3 dari 5.000.');
    expect(text()).toContain('(ditinjau oleh Anda)');
    expect(root.querySelector('tr[data-product-id="p1"]')?.textContent).toContain('Stok habis');
    expect(root.querySelector('section.cp-table-wrap')?.getAttribute('aria-label')).toBe('Produk dalam undangan ini');
  });

  it('renders the table headers, prefill and Send answers in Vietnamese', () => {
    setMessages(catalogSource('vi', VI));
    render(
      <SetupGuard
        sections={CREATE_PANEL_SECTIONS}
        view={view({
          findings: [],
          send: {
            state: 'done',
            outcome: {
              ok: false,
              code: '16024022',
              message: 'm',
              conflicts: [{ creator: '@mia', product: 'Glow serum' }],
            },
          },
          prefill: {
            source: 'batch',
            status: 'offered',
            changes: [
              {
                id: 'endDate',
                field: 'endDate',
                from: '2026-12-01',
                to: '2026-12-25',
                value: '2026-12-25',
                label: 'Ngày kết thúc 2026-12-25',
              },
            ],
          },
        })}
        actions={actions()}
      />,
      root,
    );
    expect([...root.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Sản phẩm',
      'Tồn kho',
      'Mở',
      'Mục tiêu',
      'Thực trả',
      'Mẫu',
    ]);
    expect(text()).toContain('Không tìm thấy vấn đề nào trong thiết lập này.');
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(
      '@mia đã có Glow serum trong một hợp tác mục tiêu khác đang mở.',
    );
    expect(root.querySelector('.cp-prefill legend')?.textContent).toBe('Đề xuất từ lô trong hàng đợi của bạn');
    expect(text()).toContain('(hiện tại 2026-12-01)');
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toContain('Điền 1 thay đổi');
  });
});
