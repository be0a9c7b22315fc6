import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SetupGuard } from '../../components/setup-guard/SetupGuard';
import type { GuardActions, GuardView } from '../../components/setup-guard/types';
import { CREATE_PANEL_SECTIONS } from '../../entrypoints/affiliate.content/features/setup-guard';

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
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
    findings: [],
    products: [
      {
        id: 'p1',
        title: 'Glow serum',
        priceCents: 1999,
        stock: 3,
        stockState: 'low',
        openRateBp: 1000,
        targetRateBp: 800,
        effectiveBp: 800,
        sampleOffer: 'free-sample',
        raiseToBp: 1200,
      },
    ],
    creatorCount: 2,
    feeStructure: 'commission',
    flatFee: null,
    quota: null,
    send: { state: 'idle' },
    prefill: null,
    locale: 'en',
    currency: 'GBP',
    formRead: true,
    batchMissing: [],
    ...over,
  };
}

const text = () => root.textContent ?? '';
const buttons = () => [...root.querySelectorAll('button')];

describe('SetupGuard', () => {
  it('says so when nothing is wrong', () => {
    render(<SetupGuard sections={CREATE_PANEL_SECTIONS} view={view()} actions={actions()} />, root);
    expect(text()).toContain('No problems found');
    expect(text()).toContain('0 to fix');
  });

  it('lists findings with severity words and offers Raise on a low target', () => {
    const a = actions();
    render(
      <SetupGuard
        sections={CREATE_PANEL_SECTIONS}
        view={view({
          findings: [
            { code: 'flash-sale.bulk', severity: 'error', message: 'Flash sales need exactly one creator.' },
            {
              code: 'commission.not-above-open',
              severity: 'warning',
              message: 'Glow serum: target 8% is below open 10%.',
              productId: 'p1',
            },
          ],
        })}
        actions={a}
      />,
      root,
    );
    const items = [...root.querySelectorAll('li.cp-finding')];
    expect(items.map((li) => li.getAttribute('data-code'))).toEqual(['flash-sale.bulk', 'commission.not-above-open']);
    expect(items[0]?.textContent).toContain('Must fix');
    expect(items[1]?.textContent).toContain('Check');
    const raise = buttons().find((b) => b.textContent?.startsWith('Raise to'));
    expect(raise?.textContent).toBe('Raise to 12%');
    raise?.click();
    expect(a.raise).toHaveBeenCalledWith('p1');
    expect(text()).toContain('Send is held until the problem marked “Must fix” is fixed');
  });

  it('shows the product table with stock state as text, not colour alone', () => {
    render(<SetupGuard sections={CREATE_PANEL_SECTIONS} view={view()} actions={actions()} />, root);
    const row = root.querySelector('tr[data-product-id="p1"]');
    expect(row?.textContent).toContain('Low');
    expect(row?.textContent).toContain('£19.99');
    expect(row?.querySelector('strong')?.textContent).toBe('8%');
  });

  it('asks once for confirmation on warnings', () => {
    const a = actions();
    render(
      <SetupGuard
        sections={CREATE_PANEL_SECTIONS}
        view={view({
          findings: [{ code: 'ends.soon', severity: 'warning', message: 'Ends in 2 days.' }],
          send: { state: 'confirm' },
        })}
        actions={a}
      />,
      root,
    );
    buttons()
      .find((b) => b.textContent?.includes('allow Send'))
      ?.click();
    expect(a.confirmWarnings).toHaveBeenCalledOnce();
  });

  it('offers "Send anyway" on every hold for must-fix problems, and says when Send is released', () => {
    const a = actions();
    const must = [{ code: 'commission.out-of-range', severity: 'error' as const, message: 'Rate 85 % is over 80 %.' }];
    render(
      <SetupGuard
        sections={CREATE_PANEL_SECTIONS}
        view={view({ findings: must, send: { state: 'blocked' } })}
        actions={a}
      />,
      root,
    );
    const anyway = buttons().find((b) => b.textContent === 'Send anyway');
    expect(anyway?.type).toBe('button');
    anyway?.click();
    expect(a.sendAnyway).toHaveBeenCalledOnce();
    render(
      <SetupGuard
        sections={CREATE_PANEL_SECTIONS}
        view={view({ findings: must, send: { state: 'released' }, creatorCount: null })}
        actions={a}
      />,
      root,
    );
    expect(root.querySelector('.cp-guard__summary')?.textContent).toContain('creators not read');
    expect(root.querySelector('[data-send="released"]')?.textContent).toMatch(/The Send after it is checked again/);
  });

  it('reports the platform answer after Send, with conflicts in words', () => {
    render(
      <SetupGuard
        sections={CREATE_PANEL_SECTIONS}
        view={view({
          send: {
            state: 'done',
            outcome: {
              ok: false,
              code: '16024022',
              message: 'a creator already has this product',
              conflicts: [{ creator: '@mia', product: 'Glow serum' }],
            },
          },
        })}
        actions={actions()}
      />,
      root,
    );
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(
      '@mia already has Glow serum in another open target collaboration',
    );
  });

  it('lists prefill changes, lets the seller untick one and applies the rest', () => {
    const a = actions();
    render(
      <SetupGuard
        sections={CREATE_PANEL_SECTIONS}
        view={view({
          prefill: {
            source: 'defaults',
            status: 'offered',
            changes: [
              {
                id: 'endDate',
                field: 'endDate',
                from: '',
                to: '2026-12-25',
                value: '2026-12-25',
                label: 'End date 2026-12-25',
              },
              {
                id: 'targetRate:p1',
                field: 'targetRate',
                productId: 'p1',
                from: '8.00%',
                to: '12.00%',
                value: 1200,
                label: 'Glow serum: target commission 12.00%',
              },
            ],
          },
        })}
        actions={a}
      />,
      root,
    );
    const boxes = [...root.querySelectorAll<HTMLInputElement>('.cp-prefill input[type="checkbox"]')];
    expect(boxes).toHaveLength(2);
    boxes[0]?.click();
    return new Promise<void>((done) =>
      setTimeout(() => {
        buttons()
          .find((b) => b.textContent?.startsWith('Fill in'))
          ?.click();
        expect(a.acceptPrefill).toHaveBeenCalledWith(['targetRate:p1']);
        done();
      }, 0),
    );
  });
});
