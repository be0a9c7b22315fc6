import { describe, expect, it } from 'vitest';
import { contentMatches, HOSTS, isKnownHost } from '../../lib/hosts';

describe('host table', () => {
  it('lists only explicit hosts and affiliate paths', () => {
    for (const m of contentMatches()) {
      expect(m).toMatch(/^https:\/\/[a-z0-9.-]+\/(connection|affiliate)\/\*$/);
      expect(m).not.toContain('*.');
      expect(m).not.toMatch(/localhost|127\.0\.0\.1/);
    }
  });
  it.each([
    ['affiliate.tiktok.com', true],
    ['affiliate-us.tiktok.com', true],
    ['seller-us.tiktok.com', true],
    ['affiliate-id.tokopedia.com', true],
    ['www.tiktok.com', false],
    ['localhost', false],
  ])('%s known: %s', (host, known) => {
    expect(isKnownHost(host)).toBe(known);
  });
  it('has every host once', () => {
    expect(new Set(HOSTS.map((h) => h.host)).size).toBe(HOSTS.length);
  });
});
