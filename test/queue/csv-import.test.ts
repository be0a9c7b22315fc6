import { describe, expect, it } from 'vitest';
import { importCreatorsCsv } from '../../lib/queue/csv-import.ts';

describe('importCreatorsCsv: accepted shapes', () => {
  it.each([
    [
      'creator_id header',
      'creator_id\n7493000000000001\n7493000000000002',
      [
        { line: 2, creatorId: '7493000000000001' },
        { line: 3, creatorId: '7493000000000002' },
      ],
    ],
    ['id header', 'id\nabc-1', [{ line: 2, creatorId: 'abc-1' }]],
    ['user_id header, spaced and capitalised', 'User ID\n123', [{ line: 2, creatorId: '123' }]],
    [
      'handle header with and without @',
      'handle\n@glow.queen\nbeauty_by_ana',
      [
        { line: 2, handle: 'glow.queen' },
        { line: 3, handle: 'beauty_by_ana' },
      ],
    ],
    ['username header', 'Username\n@Ana', [{ line: 2, handle: 'Ana' }]],
    [
      'both columns, note and tags',
      'creator_id,handle,note,tags\n42,@x_y,"Hi, there","vip; summer, vip"',
      [{ line: 2, creatorId: '42', handle: 'x_y', note: 'Hi, there', tags: ['vip', 'summer'] }],
    ],
    [
      'semicolon-delimited (European Excel)',
      'handle;note\n@a;first\n@b;second',
      [
        { line: 2, handle: 'a', note: 'first' },
        { line: 3, handle: 'b', note: 'second' },
      ],
    ],
    ['tab-delimited', 'handle\tnote\n@a\tx', [{ line: 2, handle: 'a', note: 'x' }]],
    [
      'headerless handles',
      '@a\nb.c\n',
      [
        { line: 1, handle: 'a' },
        { line: 2, handle: 'b.c' },
      ],
    ],
    [
      'headerless mix of ids and handles',
      '7493000000000001\n@12345\n123456',
      [
        { line: 1, creatorId: '7493000000000001' },
        { line: 2, handle: '12345' },
        { line: 3, handle: '123456' },
      ],
    ],
    ['BOM, CRLF and invisible marks', '\uFEFFhandle\r\n\u200E@rtl_name\u200F\r\n', [{ line: 2, handle: 'rtl_name' }]],
    [
      'profile links',
      'https://www.tiktok.com/@someone?lang=en\nhttps://tiktok.com/@other',
      [
        { line: 1, handle: 'someone' },
        { line: 2, handle: 'other' },
      ],
    ],
    ['formula-escaped cells from our own export', "handle,note\n@a,'=1+1", [{ line: 2, handle: 'a', note: '=1+1' }]],
    [
      'a queue export (creator_id wins over the entry id)',
      'id,creator_id,handle\ne1,c1,@a',
      [{ line: 2, creatorId: 'c1', handle: 'a' }],
    ],
  ])('%s', (_label, text, rows) => {
    const r = importCreatorsCsv(text);
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual(rows);
  });

  it('truncates a long note to 500 characters', () => {
    const r = importCreatorsCsv(`handle,note\n@a,${'n'.repeat(800)}`);
    expect(r.rows[0]?.note).toHaveLength(500);
  });
});

describe('importCreatorsCsv: bad rows', () => {
  it.each([
    ['empty row in the middle', 'handle\n@a\n\n@b', [{ line: 3, reason: 'This row is empty.' }]],
    ['row with only a note', 'handle,note\n,hello', [{ line: 2, reason: 'This row has no creator ID or handle.' }]],
    [
      'invalid handle characters',
      'handle\n@glow queen!',
      [{ line: 2, reason: expect.stringMatching(/cannot have \(space, “!”\)/) }],
    ],
    ['emoji in a handle', '@glow😀', [{ line: 1, reason: expect.stringMatching(/“😀”/) }]],
    [
      'too long handle',
      `@${'a'.repeat(25)}`,
      [{ line: 1, reason: 'This handle is longer than 24 characters, the most TikTok allows.' }],
    ],
    [
      'too long id',
      `creator_id\n${'1'.repeat(65)}`,
      [{ line: 2, reason: 'This creator ID is longer than 64 characters.' }],
    ],
    ['bad id characters', 'creator_id\n12 34', [{ line: 2, reason: expect.stringMatching(/ID contains characters/) }]],
    ['duplicate handle, any case', '@Ana\n@ana', [{ line: 2, reason: 'This creator is already listed on line 1.' }]],
    [
      'duplicate id',
      'creator_id,handle\n1,@a\n1,@b',
      [{ line: 3, reason: 'This creator is already listed on line 2.' }],
    ],
    [
      'no creator column',
      'note,tags\nhello,vip',
      [{ line: 1, reason: expect.stringMatching(/no column for creators/) }],
    ],
    ['html in a handle', '<b>hi</b>', [{ line: 1, reason: expect.stringMatching(/cannot have/) }]],
  ])('%s', (_label, text, errors) => {
    expect(importCreatorsCsv(text).errors).toEqual(errors);
  });

  it('keeps good rows beside bad ones, with spreadsheet line numbers across quoted newlines', () => {
    const r = importCreatorsCsv('handle,note\n@a,"two\nlines"\n@b!,x\n@c,');
    expect(r.rows.map((x) => [x.line, x.handle])).toEqual([
      [2, 'a'],
      [4, 'c'],
    ]);
    expect(r.errors.map((e) => e.line)).toEqual([3]);
  });

  it.each([
    ['', 0],
    ['\n\n\n', 0],
    ['handle', 0],
    ['"unclosed', 1],
  ])('never throws on %j', (text, rows) => {
    expect(() => importCreatorsCsv(text)).not.toThrow();
    expect(importCreatorsCsv(text).rows.length + importCreatorsCsv(text).errors.length).toBeGreaterThanOrEqual(rows);
  });

  it('imports 10,000 handles', () => {
    const text = ['handle', ...Array.from({ length: 10_000 }, (_, i) => `@creator_${i}`)].join('\n');
    const r = importCreatorsCsv(text);
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(10_000);
    expect(r.rows[9999]).toEqual({ line: 10_001, handle: 'creator_9999' });
  }, 60_000);
});
