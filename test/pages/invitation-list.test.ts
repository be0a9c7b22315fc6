import { describe, expect, it } from 'vitest';
import { findMountPoint, matchUrl, readInvitationRows } from '../../lib/pages/invitation-list';
import { loadFixture } from './helpers';

describe('invitation list', () => {
  it.each([
    ['/connection/target-invitation', true],
    ['/affiliate/collaboration/target-invitation/', true],
    ['/connection/target-invitation/create', false],
    ['/connection/target-invitation/detail', false],
  ])('%s matches: %s', (p, ok) => expect(matchUrl(new URL(`https://affiliate.tiktok.com${p}`))).toBe(ok));

  it('reads the hand-written contract page, ids from row keys or View links', () => {
    const r = readInvitationRows(loadFixture('contract/invitation-list-en.html'));
    if (!r.ok) throw new Error('not read');
    expect(r.rows.map(({ element: _e, ...x }) => x)).toEqual([
      {
        id: '7400000000000000001',
        name: 'Spring launch',
        statusText: 'Ongoing',
        productsText: '3',
        creatorsText: '2 (1 accepted)',
        validUntilText: '2031-01-31',
        href: '/connection/target-invitation/detail?invitation_group_id=7400000000000000001&shop_region=GB',
      },
      {
        id: '7400000000000000002',
        name: 'No key row',
        statusText: 'Expired',
        productsText: '1',
        creatorsText: '1',
        validUntilText: '2020-01-01',
        href: '/connection/target-invitation/detail?invitation_group_id=7400000000000000002',
      },
    ]);
    expect(findMountPoint(loadFixture('contract/invitation-list-en.html'))?.append).toBe('before');
  });

  it('reads the captured sandbox list', () => {
    const r = readInvitationRows(loadFixture('sandbox/invitation-list-gb.html'));
    if (!r.ok) throw new Error('not read');
    expect(r.rows.length).toBeGreaterThan(0);
    for (const row of r.rows) {
      expect(row.id).toMatch(/^[\w-]+$/);
      expect(row.name).not.toBe('');
      expect(row.statusText).toBeTruthy();
    }
  });
});
