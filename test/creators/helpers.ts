import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';
import type { CreatorRow } from '@/lib/creators/types';

const mounted: HTMLElement[] = [];

afterEach(() => {
  for (const el of mounted.splice(0)) {
    render(null, el);
    el.remove();
  }
});

/** Renders into a fresh div inside a parent that records bubbled events (the host row). */
export function mount(vnode: ComponentChild) {
  const row = document.createElement('div');
  const host = document.createElement('div');
  row.append(host);
  document.body.append(row);
  mounted.push(row);
  const reached: string[] = [];
  for (const type of ['click', 'mousedown', 'keydown', 'pointerdown']) {
    row.addEventListener(type, () => reached.push(type));
  }
  act(() => render(vnode, host));
  return {
    host,
    reached,
    rerender: (next: ComponentChild) => act(() => render(next, host)),
  };
}

export function creator(over: Partial<CreatorRow> = {}): CreatorRow {
  return {
    id: '7001',
    handle: 'sunny.cooks',
    nickname: 'Sunny',
    followers: 12_345,
    gmv: 900,
    gmvText: '£900',
    gmvCurrency: 'GBP',
    unitsSold: 40,
    avgViews: 3000,
    engagement: 0.05,
    canLive: true,
    invitedWithin90Days: false,
    collaborated: false,
    blocked: false,
    sampleFulfilment: 0.9,
    region: 'GB',
    categories: ['Food'],
    recommendReason: 1,
    ...over,
  };
}

export const THRESHOLDS = { minFollowers: 1000, minGmv: 500, minEngagement: 0.02, minSampleFulfilment: 0.8 };

export function button(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const all = Array.from(root.querySelectorAll('button'));
  const hit = all.find((b) => (typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? '')));
  if (!hit) throw new Error(`no button ${name}; have: ${all.map((b) => b.textContent).join(' | ')}`);
  return hit;
}

export async function flush() {
  await act(async () => {
    await Promise.resolve();
  });
}
