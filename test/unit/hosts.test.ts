import { describe, expect, it } from 'vitest';
import { contentMatches, HOSTS, isAffiliatePath, isKnownHost } from '../../lib/hosts';

describe('host table', () => {
  it('lists only explicit hosts, each once, on every path', () => {
    expect(contentMatches()).toHaveLength(HOSTS.length);
    for (const m of contentMatches()) {
      expect(m).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
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
  it.each([
    ['/connection/creator', true],
    ['/affiliate/collaboration/target-invitation', true],
    ['/connection/target-invitation/create', true],
    ['/homepage', false],
    ['/product/manage', false],
    ['/connectionx/creator', false],
    ['/', false],
  ])('%s is an affiliate path: %s', (path, yes) => {
    expect(isAffiliatePath(path)).toBe(yes);
  });
  it('has every host once', () => {
    expect(new Set(HOSTS.map((h) => h.host)).size).toBe(HOSTS.length);
  });
});
