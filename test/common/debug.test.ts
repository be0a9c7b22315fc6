import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEBUG_PREFIX, debugFailure } from '../../components/common/debug';

afterEach(() => vi.restoreAllMocks());

describe('debugFailure', () => {
  it('writes one console.debug line with the fixed prefix, where and the error', () => {
    const spy = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const err = new Error('x');
    debugFailure('send hold', err);
    expect(spy.mock.calls).toEqual([[DEBUG_PREFIX, 'send hold', err]]);
  });

  it('never throws, even when the console does', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => {
      throw new Error('console replaced by the page');
    });
    expect(() => debugFailure('anything', null)).not.toThrow();
  });
});
