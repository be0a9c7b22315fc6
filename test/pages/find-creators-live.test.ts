import { describe, expect, it } from 'vitest';
import type { CreatorRow } from '../../lib/pages/creator-json';
import { createCreatorIndex, keysOf, normHandle, type RowRef, rowKeyOf } from '../../lib/pages/creator-match';
import {
  columns,
  readCreatorDetail,
  readCreatorRowKey,
  readCreatorRows,
  readFindCreatorsPage,
} from '../../lib/pages/find-creators';
import { creator as makeCreator } from '../creators/helpers';
import { docFrom } from './helpers';

// The live UK Find creators page as docs/domain.md ("The live pages") describes it: no data-row-key, no
// checkbox column, a Video column, the handle without "@" in its own data-e2e span.
const HANDLE = 'fbc99397-6043-1b37';
const NICK = '3b9caa65-c65a-e9df';
const INVITE = 'b46d0775-c371-37cf';

function liveRow(handle: string, nick: string, opts: { ids?: boolean; at?: boolean; live?: boolean } = {}): string {
  const ids = opts.ids ?? true;
  const h = `${opts.at ? '@' : ''}${handle}`;
  return `<tr class="arco-table-tr cursor-pointer">
    <td class="arco-table-td"><div><img src="a.png" alt=""><div>
      <div><span${ids ? ` data-e2e="${HANDLE}"` : ''}>${h}</span>${opts.live ? '<span class="arco-tag">LIVE</span>' : ''}</div>
      <div${ids ? ` data-e2e="${NICK}"` : ''}>${nick}</div><div>Beauty · Home</div><div>12.3K followers</div>
    </div></div></td>
    <td class="arco-table-td"><div>2 videos</div></td>
    <td class="arco-table-td">£1.2K</td><td class="arco-table-td">1.2K</td><td class="arco-table-td">45.6K</td><td class="arco-table-td">3.4%</td>
    <td class="arco-table-td"><button data-tid="m4b_button" data-e2e="${INVITE}" class="arco-btn"><span>Invite</span></button><button class="arco-btn"></button></td>
  </tr>`;
}

function livePage(rows: string[]): Document {
  return docFrom(`<div id="scroll-container"><div class="micro-app-container">
    <h4>Find creators</h4>
    <div data-tid="m4b_table" class="arco-table">
      <div class="arco-table-header"><table><thead><tr>
        <th>Creator</th><th>Video</th><th>GMV</th><th>Items sold</th><th>Avg. video views</th><th>Engagement rate</th><th></th>
      </tr></thead></table></div>
      <div class="arco-table-body"><table><tbody>${rows.join('')}</tbody></table></div>
    </div></div></div>`);
}

const who = (r: { id: string | null; handle: string | null; nickname: string | null }) => [r.id, r.handle, r.nickname];

describe('Find creators rows as the live page draws them', () => {
  it.each<[string, Parameters<typeof liveRow>[2]]>([
    ['live data-e2e spans, no "@"', {}],
    ['live spans with "@"', { at: true }],
    ['no data-e2e, no "@" (the first handle-like text)', { ids: false }],
    ['no data-e2e, "@", a LIVE tag after the handle', { ids: false, at: true, live: true }],
  ])('%s', (_name, opts) => {
    const doc = livePage([liveRow('max_kitchen', 'Zoe Deals', opts), liveRow('bella.picks', 'Bella', opts)]);
    const r = readCreatorRows(doc);
    if (!r.ok) throw new Error(r.missing.join());
    expect(r.rows.map(who)).toEqual([
      [null, 'max_kitchen', 'Zoe Deals'],
      [null, 'bella.picks', 'Bella'],
    ]);
    // The Video column shifts the figures: read by header, not position.
    expect(r.rows[0]).toMatchObject({
      gmv: 1200,
      unitsSold: 1200,
      avgViews: 45_600,
      engagement: 0.034,
      followers: 12_300,
    });
    expect(r.rows[0]?.actionCell?.textContent).toContain('Invite');
    // The cheap key reads the same handle and nickname.
    const cols = columns(r.table, r.rows[0]?.element);
    expect(who(readCreatorRowKey(r.rows[1]!.element, cols))).toEqual([null, 'bella.picks', 'Bella']);
  });

  it('is recognised without a single data-row-key', () => {
    const r = readFindCreatorsPage(livePage([liveRow('a_b', 'A')]));
    expect(r.ok).toBe(true);
  });

  it('takes an id from a link to the detail page when a build has one', () => {
    const doc = livePage([
      liveRow('max_kitchen', 'Zoe').replace('<img', '<a href="/connection/creator/detail?cid=7001&x=1">x</a><img'),
    ]);
    const r = readCreatorRows(doc);
    expect(r.ok && r.rows[0]?.id).toBe('7001');
  });

  it.each<[string, string, string | null]>([
    ['a figure first is not a handle', '<span>12.3K</span><span>Zoe</span>', 'Zoe'],
    ['words with spaces are not a handle', '<span>Zoe Deals</span><span>zoe_d</span>', 'zoe_d'],
    ['an upper-case tag is a badge', '<span>LIVE</span><span>zoe.d</span>', 'zoe.d'],
    ['no handle at all', '<span>Zoe Deals</span>', null],
  ])('%s', (_name, cell, handle) => {
    const doc = livePage([`<tr><td>${cell}</td><td>v</td><td>--</td><td>--</td><td>--</td><td>--</td><td></td></tr>`]);
    const r = readCreatorRows(doc);
    expect(r.ok && r.rows[0]?.handle).toBe(handle);
  });

  it('creator detail: the live handle span and the live Invite id', () => {
    const doc = docFrom(`<div class="micro-app-container"><span data-e2e="${HANDLE}">max_kitchen</span>
      <button data-tid="m4b_button" data-e2e="${INVITE}">Mời</button></div>`);
    const r = readCreatorDetail(doc, new URL('https://x/connection/creator/detail?cid=7001'));
    expect(r.ok && { id: r.creatorId, handle: r.handle, invite: r.inviteButton.getAttribute('data-e2e') }).toEqual({
      id: '7001',
      handle: 'max_kitchen',
      invite: INVITE,
    });
  });
});

const creator = (id: string, handle: string, nickname: string): CreatorRow => makeCreator({ id, handle, nickname });

describe('tying a row to the page JSON creator (creator-match)', () => {
  const list = [
    creator('1', 'max_kitchen', 'Zoe'),
    creator('2', 'Bella.Picks', 'Bella'),
    creator('3', 'twin_a', 'Twin'),
    creator('4', 'twin_b', 'Twin'),
  ];
  const byId = new Map(list.map((c) => [c.id, c]));
  const index = createCreatorIndex();
  index.add(list);
  const ref = (id: string | null, handle: string | null, nickname: string | null = null): RowRef => ({
    id,
    handle,
    nickname,
  });
  it.each<[string, RowRef, string | null]>([
    ['by handle', ref(null, 'max_kitchen'), '1'],
    ['by handle with "@" and another case', ref(null, '@bella.picks'), '2'],
    ['by id when the handle agrees', ref('2', 'bella.picks'), '2'],
    ['by id alone', ref('1', null), '1'],
    ['an id that disagrees with the handle: the handle wins', ref('1', 'bella.picks'), '2'],
    ['an index as row key: the handle wins', ref('0', 'max_kitchen'), '1'],
    ['an unknown handle: no one, even with a known id', ref('1', 'someone_else'), null],
    ['by a unique nickname when no handle shows', ref(null, null, 'Zoe'), '1'],
    ['a shared nickname ties no one', ref(null, null, 'Twin'), null],
    ['nothing shown', ref(null, null, null), null],
  ])('%s', (_name, r, want) => {
    expect(index.match(r, byId)?.id ?? null).toBe(want);
  });
  it('a creator the page no longer holds is not matched', () => {
    expect(index.match(ref(null, 'max_kitchen'), new Map())).toBeNull();
  });
  it('row keys: handle first, then id, then nickname; a creator carries every key a row may have', () => {
    expect([
      rowKeyOf(ref('7', '@Max')),
      rowKeyOf(ref('7', null)),
      rowKeyOf(ref(null, null, ' Zoe  D ')),
      rowKeyOf(ref(null, null)),
    ]).toEqual(['@max', '7', '~Zoe D', null]);
    expect(keysOf(list[1]!)).toEqual(['2', '@bella.picks', '~Bella']);
    expect(normHandle(' @A_b ')).toBe('a_b');
  });
});
