/** The isolated end of the observer's channel takes one hand-over only, and nobody else sees it. */
import { afterEach, describe, expect, it } from 'vitest';
import { acceptObserverPort, isHandOver } from '../../lib/observer/link';

const handOver = (nonce?: string) => ({ source: 'collab-pilot/observer', v: 2, type: 'port', nonce });
const port = () => new MessageChannel().port1;
const fire = (data: unknown, ports: MessagePort[], source: unknown = window, origin = window.location.origin) =>
  window.dispatchEvent(new MessageEvent('message', { data, ports, source: source as Window, origin }));
const pageSaw: unknown[] = [];
const pageListener = (ev: MessageEvent) => pageSaw.push(ev.data);

afterEach(() => {
  window.removeEventListener('message', pageListener);
  pageSaw.length = 0;
});

describe('acceptObserverPort', () => {
  it('takes the first hand-over and stops it before any page listener sees it', async () => {
    const taken = acceptObserverPort(window);
    window.addEventListener('message', pageListener);
    const real = port();
    fire(handOver(), [real]);
    expect(await taken).toBe(real);
    expect(pageSaw).toEqual([]);
    // A second one (a page script's) is not taken, and reaches the page as any message does.
    fire(handOver(), [port()]);
    expect(pageSaw).toHaveLength(1);
  });

  it.each<[string, () => void]>([
    ['from another window', () => fire(handOver(), [port()], {})],
    ['from another origin', () => fire(handOver(), [port()], window, 'https://evil.example')],
    ['without a port', () => fire(handOver(), [])],
    ['with the wrong secret', () => fire(handOver('guess'), [port()])],
    ['not a hand-over', () => fire({ source: 'collab-pilot/observer', v: 2, endpoint: 'quota' }, [port()])],
  ])('refuses a message %s, and still takes the real one after it', async (_name, forge) => {
    const taken = acceptObserverPort(window, 'secret');
    forge();
    const real = port();
    fire(handOver('secret'), [real]);
    expect(await taken).toBe(real);
  });
});

describe('isHandOver', () => {
  it.each<[unknown, string | undefined, boolean]>([
    [handOver(), undefined, true],
    [handOver('a'), 'a', true],
    [handOver('a'), 'b', false],
    [handOver(), 'b', false],
    [{ ...handOver(), v: 1 }, undefined, false],
    [{ ...handOver(), type: 'replay' }, undefined, false],
    [null, undefined, false],
  ])('%j with secret %s → %s', (data, nonce, ok) => expect(isHandOver(data, nonce)).toBe(ok));
});
