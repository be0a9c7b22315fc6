/** The Send hold lives and dies with the guard, releases once on request, and fails open. */
import { type ComponentChild, render as preactRender } from 'preact';
import { useRef } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type HoldState,
  holdingErrors,
  type SendHold,
  useSendHold,
} from '../../entrypoints/affiliate.content/features/use-send-hold';

let host: HTMLDivElement;
let send: HTMLButtonElement;
let hold: SendHold;
const events: string[] = [];
/** Renders and runs the effects, as the browser would before the seller's next click. */
const render = (vnode: ComponentChild, into: Element) => act(() => preactRender(vnode, into));

function Guard(props: { state: HoldState | null }) {
  const state = useRef<HoldState | null>(props.state);
  state.current = props.state;
  const root = useRef<HTMLDivElement>(null);
  hold = useSendHold(state, root, { held: (s) => events.push(`held:${s}`), passed: () => events.push('passed') });
  return <div ref={root}>guard</div>;
}

/** Clicks the page's Send and says whether the page's own handler saw the click. */
function clickSend(): boolean {
  let seen = false;
  const onPage = () => {
    seen = true;
  };
  send.addEventListener('click', onPage);
  send.click();
  send.removeEventListener('click', onPage);
  return seen;
}

const MUST_FIX: HoldState = { errors: 1, warningKey: '', confirm: true };
const WARNING: HoldState = { errors: 0, warningKey: 'ends.soon::', confirm: true };
const CLEAN: HoldState = { errors: 0, warningKey: '', confirm: true };

beforeEach(() => {
  events.length = 0;
  send = document.createElement('button');
  send.setAttribute('data-tid', 'm4b_button');
  send.setAttribute('data-e2e', '140f8059-efa6-4618');
  send.textContent = 'Send';
  host = document.createElement('div');
  document.body.append(send, host);
});
afterEach(() => {
  render(null, host);
  host.remove();
  send.remove();
});

describe('useSendHold', () => {
  it('holds Send while a must-fix stands, and lets a clean form through', () => {
    render(<Guard state={MUST_FIX} />, host);
    expect(clickSend()).toBe(false);
    render(<Guard state={CLEAN} />, host);
    expect(clickSend()).toBe(true);
    expect(events).toEqual(['held:blocked', 'passed']);
  });

  it('"Send anyway" releases exactly one Send; the next is checked again', () => {
    render(<Guard state={MUST_FIX} />, host);
    hold.releaseOnce();
    expect(clickSend()).toBe(true);
    expect(clickSend()).toBe(false);
  });

  it('asks once for warnings, and a confirmation covers the warnings it saw', () => {
    render(<Guard state={WARNING} />, host);
    expect(clickSend()).toBe(false);
    expect(events).toEqual(['held:confirm']);
    hold.confirmWarnings();
    expect(clickSend()).toBe(true);
    render(<Guard state={{ ...WARNING, warningKey: 'stock.low:p1:' }} />, host);
    expect(clickSend()).toBe(false);
  });

  it('frees Send when the guard unmounts (overlay switched off, panel gone, feature crashed)', () => {
    render(<Guard state={MUST_FIX} />, host);
    expect(clickSend()).toBe(false);
    render(null, host);
    expect(clickSend()).toBe(true);
  });

  it('frees Send when the guard is no longer in the page', () => {
    render(<Guard state={MUST_FIX} />, host);
    host.remove();
    expect(clickSend()).toBe(true);
  });

  it('fails open when it cannot judge the click', () => {
    render(<Guard state={null} />, host);
    expect(clickSend()).toBe(true);
    const broken = {
      get errors(): number {
        throw new Error('boom');
      },
      warningKey: '',
      confirm: true,
    };
    render(<Guard state={broken} />, host);
    expect(clickSend()).toBe(true);
  });

  it('finds Send by its text when no id matches', () => {
    send.removeAttribute('data-e2e');
    send.textContent = 'Gửi';
    render(<Guard state={MUST_FIX} />, host);
    expect(clickSend()).toBe(false);
  });
});

describe('holdingErrors', () => {
  it.each([
    [[], 0],
    [[{ code: 'commission.out-of-range', severity: 'error' }], 1],
    [[{ code: 'ends.soon', severity: 'warning' }], 0],
    [[{ code: 'read.unknown', severity: 'info' }], 0],
    [
      [
        { code: 'draft.invalid', severity: 'error' },
        { code: 'check.failed', severity: 'error' },
      ],
      0,
    ],
  ] as const)('%j → %i', (findings, n) => expect(holdingErrors(findings.map((f) => ({ ...f, message: '' })))).toBe(n));
});
