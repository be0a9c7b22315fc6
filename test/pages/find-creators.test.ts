import { describe, expect, it } from 'vitest';
import {
  findMountPoint,
  matchUrl,
  readCreatorDetail,
  readCreatorRows,
  rowOverlayMountPoint,
} from '../../lib/pages/find-creators';
import { loadFixture } from './helpers';

const plain = (rows: ReturnType<typeof readCreatorRows>) =>
  rows.ok ? rows.rows.map(({ element: _e, actionCell: _a, creatorCell: _c, ...r }) => r) : rows;

describe('find-creators matchUrl', () => {
  it.each([
    ['https://affiliate.tiktok.com/connection/creator?shop_region=GB', 'find-creators'],
    ['https://affiliate.tiktok.com/connection/creator/', 'find-creators'],
    ['https://affiliate.tiktok.com/connection/creator/detail?cid=1', 'creator-detail'],
    ['https://affiliate.tiktok.com/connection/creator-management', null],
    ['https://affiliate.tiktok.com/connection/target-invitation', null],
  ])('%s → %s', (url, kind) => expect(matchUrl(new URL(url))).toBe(kind));
});

describe('readCreatorRows on the contract fixture (hand-written)', () => {
  const doc = loadFixture('contract/find-creators-en.html');
  it('reads every row, badges skipped, floors and dashes kept honest', () => {
    expect(plain(readCreatorRows(doc))).toEqual([
      {
        id: '7000000000000000001',
        handle: 'sunny.deals',
        nickname: 'Sunny Deals',
        followers: 12_300,
        gmv: 10_000,
        gmvFloor: true,
        gmvText: 'RM10K+',
        unitsSold: 1200,
        avgViews: 45_600,
        engagement: 0.003,
      },
      {
        id: '7000000000000000002',
        handle: 'big_creator',
        nickname: 'Big Creator',
        followers: 2_500_000,
        gmv: 1_200_000,
        gmvFloor: false,
        gmvText: '£1.2M',
        unitsSold: null,
        avgViews: 1_000_000,
        engagement: 0.125,
      },
      {
        id: null,
        handle: null,
        nickname: null,
        followers: null,
        gmv: null,
        gmvFloor: false,
        gmvText: '--',
        unitsSold: null,
        avgViews: null,
        engagement: null,
      },
    ]);
  });
  it('gives the action and creator cells for overlays', () => {
    const r = readCreatorRows(doc);
    if (!r.ok) throw new Error('not read');
    expect(r.rows[0]?.actionCell?.textContent).toContain('Invite');
    const mp = rowOverlayMountPoint(r.rows[0]!);
    expect(mp.append).toBe('first');
    expect(mp.anchor.textContent).toContain('@sunny.deals');
  });
  it('mounts above the table', () => {
    const mp = findMountPoint(doc);
    expect(mp?.append).toBe('before');
    expect(mp?.anchor.getAttribute('data-tid')).toBe('m4b_table');
  });
});

describe('readCreatorRows({ only }): just the rows given', () => {
  const doc = loadFixture('sandbox/find-creators-gb.html');
  const all = readCreatorRows(doc);
  if (!all.ok) throw new Error(all.missing.join());
  const rowEls = all.rows.map((r) => r.element);
  const ids = (r: ReturnType<typeof readCreatorRows>) => (r.ok ? r.rows.map((x) => x.id) : r.missing);
  it.each<[string, () => Element[], (string | null)[]]>([
    ['none', () => [], []],
    ['the third and first, in the order given', () => [rowEls[2]!, rowEls[0]!], [all.rows[2]!.id, all.rows[0]!.id]],
    ['a header row is not a body row', () => [doc.querySelector('thead tr')!, rowEls[1]!], [all.rows[1]!.id]],
    [
      'a row of another document is left out',
      () => [loadFixture('sandbox/find-creators-us.html').querySelector('tbody tr')!],
      [],
    ],
  ])('%s', (_name, only, expected) => {
    expect(ids(readCreatorRows(doc, { only: only(), language: 'en' }))).toEqual(expected);
  });
  it('reads a row the same way alone as in the whole table', () => {
    const one = readCreatorRows(doc, { only: [rowEls[3]!] });
    expect(plain(one)).toEqual([plain(all)].flat().slice(3, 4));
  });
});

describe('readCreatorRows on captured sandbox HTML', () => {
  it.each([
    ['sandbox/find-creators-gb.html', '£'],
    ['sandbox/find-creators-us.html', '$'],
    ['sandbox/find-creators-vi.html', '₫'],
  ])('%s', (file, currency) => {
    const r = readCreatorRows(loadFixture(file));
    if (!r.ok) throw new Error(r.missing.join());
    expect(r.rows.length).toBeGreaterThanOrEqual(12);
    for (const row of r.rows) {
      expect(row.id).toMatch(/^\d+$/);
      expect(row.handle).toMatch(/^[\w.]+$/);
      expect(row.nickname).toBeTruthy();
      expect(row.nickname).not.toBe('LIVE');
      expect(row.followers).toBeGreaterThan(0);
      expect(row.gmvText?.startsWith(currency) || row.gmvText === '--').toBe(true);
      if (row.engagement != null) expect(row.engagement).toBeLessThan(1);
    }
    const first = r.rows[0]!;
    expect(first.handle).toBe('max_kitchen');
    expect(first.nickname).toBe('Zoe Deals');
  });
  it('reads Vietnamese decimal commas', () => {
    const r = readCreatorRows(loadFixture('sandbox/find-creators-vi.html'));
    if (!r.ok) throw new Error('not read');
    expect(r.rows[0]?.gmvText).toBe('₫6,65M');
    expect(r.rows[0]?.gmv).toBe(6_650_000);
  });
});

describe('creator detail', () => {
  it('reads the id from the URL and the handle from the page', () => {
    const doc = loadFixture('sandbox/creator-detail-gb.html');
    const r = readCreatorDetail(
      doc,
      new URL('https://affiliate.tiktok.com/connection/creator/detail?cid=7103732117059132202'),
    );
    expect(r.ok && { id: r.creatorId, handle: r.handle }).toEqual({ id: '7103732117059132202', handle: 'bellapicks' });
  });
  it('is not recognised without an Invite button', () => {
    const doc = loadFixture('sandbox/creator-detail-gb.html');
    for (const b of Array.from(doc.querySelectorAll('button'))) b.remove();
    expect(readCreatorDetail(doc, new URL('https://x/connection/creator/detail?cid=1'))).toEqual({
      ok: false,
      missing: ['Invite button'],
    });
  });
});

describe('React-split text nodes', () => {
  it('reads "@" + "handle" rendered as two text nodes', () => {
    const doc = loadFixture('contract/find-creators-en.html');
    const p = doc.querySelector('tr[data-row-key="7000000000000000001"] p')!;
    p.textContent = '';
    p.append(doc.createTextNode('@'), doc.createTextNode('sunny.deals'));
    expect(p.childNodes.length).toBe(2);
    const r = readCreatorRows(doc);
    expect(r.ok && r.rows[0]?.handle).toBe('sunny.deals');
    expect(r.ok && r.rows[0]?.nickname).toBe('Sunny Deals');
  });
});
