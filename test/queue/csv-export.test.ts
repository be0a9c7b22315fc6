import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportQueueCsv } from '../../lib/queue/csv.ts';
import { escapeFormula, unescapeFormula } from '../../lib/queue/csv-cells.ts';
import type { QueueEntry } from '../../lib/queue/entry.ts';
import { addEntries, markOpened, setStatus, updateNote } from '../../lib/queue/ops.ts';
import { creator, idGen, T0, terms } from './fixtures.ts';

const ODD_NAMES = [
  'Zoë, "the" Glow',
  'line one\nline two\r\nline three',
  '😀👩🏽‍💻🇬🇧 emoji',
  'مرحبا بالعالم', // Arabic, right to left
  '\u202Eevil\u202C mark',
  'שלום עולם',
  '=HYPERLINK("http://x","y")',
  '+1 555',
  '-5',
  '@SUM(A1)',
  "'quoted already",
  "'=both",
  '\tTabbed',
  'semi; colon',
  'back\\slash',
  '   padded   ',
  '<script>alert(1)</script>',
];

function oddQueue(): QueueEntry[] {
  let s = addEntries(
    { entries: [] },
    ODD_NAMES.map((name, i) => ({
      creator: creator(`c${i}`, {
        nickname: name,
        handle: i % 2 ? name : `h${i}`,
        region: 'GB',
        followers: i * 1000,
        gmv: i % 3 ? 12.5 * i : null,
        engagement: 0.1234,
      }),
      terms: terms({
        products: [
          {
            id: `p${i}`,
            title: name,
            targetRateBp: 100 + i,
            openRateBp: i % 2 ? null : 50,
            stock: i % 3 ? null : 7,
            sampleOffer: 'refund-first-sale',
          },
          { id: 'p-second', targetRateBp: 8000, sampleOffer: 'none' },
        ],
        durationDays: i,
        flashSale: i === 3,
        contentType: i % 2 ? 'live' : 'video',
        feeStructure: i % 2 ? 'flat-fee' : 'commission',
      }),
      note: name,
      tags: [name, 'vip'],
    })),
    T0,
    idGen(),
  ).state;
  s = markOpened(s, ['e1', 'e2', 'e3'], 'batch, "1"', T0 + 1).state;
  s = setStatus(s, ['e2'], 'failed', T0 + 2, {
    code: '16024022',
    reason: '@x already has “Lip; oil” in another open target collaboration.',
  }).state;
  s = setStatus(s, ['e3'], 'sent', T0 + 3).state;
  s = setStatus(s, ['e4'], 'removed', T0 + 4).state;
  s = updateNote(s, 'e5', '', T0 + 5).state;
  return [...s.entries];
}

describe('exportQueueCsv', () => {
  it('writes the readable columns first, with a BOM by default', () => {
    const csv = exportQueueCsv([]);
    expect(
      csv.startsWith(
        '\uFEFFid,creator_id,handle,nickname,status,reason,products,target_rates,ends_at,content_type,flash_sale,fee_structure,note,tags,created_at,updated_at,',
      ),
    ).toBe(true);
    expect(exportQueueCsv([], { bom: false }).startsWith('id,')).toBe(true);
  });

  it('is plain CSV any parser reads, with ISO dates, percent rates and escaped formulas', () => {
    const entries = oddQueue();
    const rows = Papa.parse<Record<string, string>>(exportQueueCsv(entries, { bom: false }), { header: true }).data;
    expect(rows).toHaveLength(entries.length);
    expect(rows[0]).toMatchObject({
      id: 'e1',
      creator_id: 'c0',
      status: 'opened',
      target_rates: '1.00%; 80.00%',
      flash_sale: 'no',
      created_at: '2026-01-15T09:30:00.000Z',
      tags: 'Zoë, "the" Glow; vip',
    });
    expect(rows[1]?.nickname).toBe('line one\nline two\r\nline three');
    expect(rows[6]?.nickname).toBe(`'=HYPERLINK("http://x","y")`);
    expect(rows[8]?.note).toBe("'-5");
    expect(rows[10]?.note).toBe("''quoted already");
    expect(rows[1]?.reason).toContain('already has');
    // No cell a spreadsheet would run as a formula.
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('cell codecs', () => {
  it.each(['=1', '+1', '-1', '@a', '\t=1', '\r=1', "'", "'=", 'plain', '', '1-2'])(
    'formula escape of %j round-trips',
    (cell) => {
      expect(unescapeFormula(escapeFormula(cell))).toBe(cell);
      expect(escapeFormula(cell)).not.toMatch(/^[=+\-@\t\r]/);
    },
  );
});
