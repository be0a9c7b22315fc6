import type { ComponentChild } from 'preact';
import { render } from 'preact';
import type { AnyReply, SendMessage } from '../../lib/messages';

export function mount(node: ComponentChild): { root: HTMLElement; unmount(): void } {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return {
    root,
    unmount() {
      render(null, root);
      root.remove();
    },
  };
}

export async function flush(times = 5): Promise<void> {
  for (let i = 0; i < times; i++) await new Promise((r) => setTimeout(r, 0));
}

export async function waitFor<T>(fn: () => T | null | undefined | false, timeoutMs = 2000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() - start > timeoutMs) throw new Error('waitFor timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

export function byLabel(root: HTMLElement, text: string): HTMLInputElement | HTMLSelectElement {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  if (!label) throw new Error(`no label "${text}"`);
  const el = root.querySelector(`#${CSS.escape(label.htmlFor)}`);
  if (!el) throw new Error(`label "${text}" points nowhere`);
  return el as HTMLInputElement;
}

export function button(root: HTMLElement, text: string): HTMLButtonElement {
  const b = [...root.querySelectorAll('button')].find(
    (x) => x.textContent?.trim() === text || x.getAttribute('aria-label') === text,
  );
  if (!b) throw new Error(`no button "${text}"`);
  return b;
}

export function type(el: HTMLInputElement | HTMLSelectElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
}

/** Records every request and answers through the given function. */
export function recordingSend(
  answer: (req: { type: string }) => Promise<AnyReply> | AnyReply,
): SendMessage & { calls: Array<{ type: string } & Record<string, unknown>> } {
  const calls: Array<{ type: string } & Record<string, unknown>> = [];
  const send = (async (req: { type: string }) => {
    calls.push(req as never);
    return answer(req);
  }) as unknown as SendMessage & { calls: typeof calls };
  send.calls = calls;
  return send;
}
