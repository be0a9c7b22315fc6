/** Page text loses bidi controls where it enters our model, and CSV cells cannot start a formula. */
import { describe, expect, it } from 'vitest';
import { stripBidi } from '../../lib/format/bidi';
import { toText } from '../../lib/pages/json-common';
import { escapeFormula, unescapeFormula } from '../../lib/queue/csv-cells';
import { addEntries } from '../../lib/queue/ops';

const RLO = '\u202E';

describe('stripBidi', () => {
  it.each([
    ['abc\u202Egnp.exe', 'abcgnp.exe'],
    ['\u2066x\u2069 \u200Ey\u200F \u061Cz \u202Aa\u202B\u202C\u202D', 'x y z a'],
    ['مرحبا @abc 😀', 'مرحبا @abc 😀'],
  ])('%j → %j', (input, out) => expect(stripBidi(input)).toBe(out));
});

describe('escapeFormula', () => {
  it.each([
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['\n=1+1', `'\n=1+1`],
    ['\0=1+1', `'\0=1+1`],
    ['@handle', `'@handle`],
    ['plain', 'plain'],
  ])('%j → %j', (cell, out) => expect(escapeFormula(cell)).toBe(out));
  it('a defused LF or NUL cell reads back as it was', () => {
    for (const c of ['\nx', '\0x']) expect(unescapeFormula(escapeFormula(c))).toBe(c);
  });
});

describe('where page text enters', () => {
  it('the page JSON reader drops bidi controls', () => expect(toText({ value: `ab${RLO}c` })).toBe('abc'));
  it('the queue keeps handles, nicknames and titles without them', () => {
    const terms = {
      products: [{ id: 'p1', title: `Mug${RLO}gpj.exe`, targetRateBp: 1000, sampleOffer: 'none' as const }],
      durationDays: 30,
      contentType: 'any' as const,
      flashSale: false,
      feeStructure: 'commission' as const,
    };
    const r = addEntries(
      { entries: [] },
      [{ id: 'e1', creator: { id: 'c1', handle: `a${RLO}b`, nickname: `${RLO}`, canLive: null }, terms }],
      1,
      () => 'x',
    );
    const e = r.state.entries[0];
    expect(e?.creator.handle).toBe('ab');
    expect(e?.creator.nickname).toBeUndefined();
    expect(e?.terms.products[0]?.title).toBe('Muggpj.exe');
  });
});
