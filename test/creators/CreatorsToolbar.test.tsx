import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { CreatorsToolbar, type CreatorsToolbarProps } from '@/components/creators/CreatorsToolbar';
import type { BulkAddResult } from '@/lib/creators/messages';
import { bulkResultMessage } from '@/lib/creators/messages';
import { button, flush, mount } from './helpers';

function props(over: Partial<CreatorsToolbarProps> = {}): CreatorsToolbarProps {
  return {
    reasonCounts: { 1: 5, 2: 3, 3: 0, 4: 12 },
    reasons: new Set<number>(),
    onReasonsChange: () => {},
    listedCount: 120,
    matchingCount: 120,
    selectedCount: 4,
    queueCount: 7,
    onQueueSelected: async () => ({ added: 4, alreadyQueued: 0 }),
    onQueueMatching: async () => ({ added: 120, alreadyQueued: 0 }),
    ...over,
  };
}

/** A promise the test settles by hand, to see the toolbar mid-flight. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const status = (host: HTMLElement) => host.querySelector('[role="status"]') as HTMLElement;

describe('CreatorsToolbar', () => {
  it('lists the four reasons with how many listed rows match each', () => {
    const { host } = mount(<CreatorsToolbar {...props()} />);
    expect(host.querySelector('legend')?.textContent).toBe('Recommendation reason');
    const labels = Array.from(host.querySelectorAll('label')).map((l) => l.textContent);
    expect(labels).toEqual([
      'Promoted similar products (5)',
      'Followers bought similar products (3)',
      'Followers viewed similar products (0)',
      "Followers' profile matches customers' profile (12)",
    ]);
    // Every checkbox is labelled by its own label.
    for (const l of Array.from(host.querySelectorAll('label'))) {
      const input = host.querySelector(`[id="${l.getAttribute('for')}"]`);
      expect(input?.getAttribute('type')).toBe('checkbox');
    }
  });

  it('ticking and unticking a reason reports the new set', () => {
    const onReasonsChange = vi.fn<(next: Set<number>) => void>();
    const { host, rerender } = mount(<CreatorsToolbar {...props({ onReasonsChange })} />);
    const boxes = () => Array.from(host.querySelectorAll('input[type="checkbox"]')) as HTMLInputElement[];
    act(() => boxes()[1]?.click());
    expect([...(onReasonsChange.mock.calls[0]?.[0] ?? [])]).toEqual([2]);

    rerender(<CreatorsToolbar {...props({ onReasonsChange, reasons: new Set([2, 4]), matchingCount: 15 })} />);
    expect(boxes().map((b) => b.checked)).toEqual([false, true, false, true]);
    expect(host.textContent).toContain('15 of 120 listed creators match');
    act(() => boxes()[3]?.click());
    expect([...(onReasonsChange.mock.calls[1]?.[0] ?? [])]).toEqual([2]);
  });

  it('shows the counts on the buttons and the queue count', () => {
    const { host } = mount(<CreatorsToolbar {...props({ matchingCount: 15, selectedCount: 0, queueCount: 42 })} />);
    expect(button(host, 'Queue selected (0)').getAttribute('aria-disabled')).toBe('true');
    expect(button(host, 'Queue all matching (15)').getAttribute('aria-disabled')).toBeNull();
    expect(host.textContent).toContain('In your queue: 42');
  });

  it('queue all matching: progress while running, cancellable, then a result message', async () => {
    const d = deferred<BulkAddResult>();
    const onQueueMatching = vi.fn(() => d.promise);
    const onCancel = vi.fn();
    const p = props({ onQueueMatching, onCancel });
    const { host, rerender } = mount(<CreatorsToolbar {...p} />);
    expect(status(host).textContent).toBe('');
    expect(host.querySelector('progress')).toBeNull();

    act(() => button(host, 'Queue all matching (120)').click());
    expect(onQueueMatching).toHaveBeenCalledTimes(1);
    expect(host.querySelector('.cp-progress__text')?.textContent).toBe('Queued 0 of 120');

    rerender(<CreatorsToolbar {...p} progress={{ done: 37, total: 120 }} />);
    const bar = host.querySelector('progress') as HTMLProgressElement;
    expect(bar.getAttribute('aria-label')).toBe('Queueing progress');
    expect(bar.getAttribute('value')).toBe('37');
    expect(bar.getAttribute('max')).toBe('120');
    expect(host.querySelector('.cp-progress__text')?.textContent).toBe('Queued 37 of 120');

    // Busy: a second click does not start a second run.
    act(() => button(host, 'Queue all matching (120)').click());
    act(() => button(host, 'Queue selected (4)').click());
    expect(onQueueMatching).toHaveBeenCalledTimes(1);

    act(() => button(host, 'Cancel').click());
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(button(host, 'Stopping…').getAttribute('aria-disabled')).toBe('true');

    d.resolve({ added: 35, alreadyQueued: 2, cancelled: true });
    await flush();
    expect(host.querySelector('progress')).toBeNull();
    expect(status(host).textContent).toBe('Stopped after 37 of 120. Added 35; 2 were already in your queue.');
  });

  it('queue selected reports "Added 118; 2 were already in your queue"', async () => {
    const onQueueSelected = vi.fn(async () => ({ added: 118, alreadyQueued: 2 }));
    const { host } = mount(<CreatorsToolbar {...props({ selectedCount: 120, onQueueSelected })} />);
    act(() => button(host, 'Queue selected (120)').click());
    await flush();
    expect(onQueueSelected).toHaveBeenCalledTimes(1);
    expect(status(host).textContent).toBe('Added 118; 2 were already in your queue.');
  });

  it('nothing selected: explains instead of calling back', async () => {
    const onQueueSelected = vi.fn(async () => ({ added: 0, alreadyQueued: 0 }));
    const { host } = mount(<CreatorsToolbar {...props({ selectedCount: 0, onQueueSelected })} />);
    act(() => button(host, 'Queue selected (0)').click());
    await flush();
    expect(onQueueSelected).not.toHaveBeenCalled();
    expect(status(host).textContent).toBe('Select creators in the table first.');
  });

  it('a failed run says so in the status line and frees the buttons', async () => {
    const { host } = mount(
      <CreatorsToolbar {...props({ onQueueMatching: () => Promise.reject(new Error('Queue unavailable')) })} />,
    );
    act(() => button(host, 'Queue all matching (120)').click());
    await flush();
    expect(status(host).textContent).toBe('Could not queue creators: Queue unavailable');
    expect(button(host, 'Queue all matching (120)').getAttribute('aria-disabled')).toBeNull();
  });

  it('an outside message replaces the status line', () => {
    const { host, rerender } = mount(<CreatorsToolbar {...props()} />);
    rerender(<CreatorsToolbar {...props({ message: 'Your queue was cleared in another tab.' })} />);
    expect(status(host).textContent).toBe('Your queue was cleared in another tab.');
  });
});

describe('bulkResultMessage', () => {
  it.each<[BulkAddResult, string]>([
    [{ added: 118, alreadyQueued: 2 }, 'Added 118; 2 were already in your queue.'],
    [{ added: 1, alreadyQueued: 1 }, 'Added 1; 1 was already in your queue.'],
    [{ added: 5, alreadyQueued: 0 }, 'Added 5.'],
    [
      { added: 3, alreadyQueued: 0, skippedBlocked: 2, failed: 1 },
      'Added 3; 2 were skipped because your shop blocked them; 1 could not be added.',
    ],
    [{ added: 10, alreadyQueued: 0, cancelled: true, total: 50 }, 'Stopped after 10 of 50. Added 10.'],
    [{ added: 10, alreadyQueued: 0, cancelled: true }, 'Stopped after 10. Added 10.'],
  ])('%j', (r, text) => {
    expect(bulkResultMessage(r)).toBe(text);
  });
});
