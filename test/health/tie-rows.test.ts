import { describe, expect, it } from 'vitest';
import { tieRows } from '../../lib/health/tie-rows';

const collabs = new Map([
  ['1', 'Spring glow push'],
  ['2', 'Serum launch - wave 1'],
  ['3', 'Same name'],
  ['4', 'Same name'],
]);

describe('tieRows', () => {
  it.each([
    [
      'by name, whatever the order',
      [
        { id: null, name: 'Serum launch - wave 1' },
        { id: null, name: 'Spring glow push' },
      ],
      ['2', '1'],
    ],
    ['by name ignoring case and spaces', [{ id: null, name: '  spring   GLOW push ' }], ['1']],
    [
      'same names in the page order',
      [
        { id: null, name: 'Same name' },
        { id: null, name: 'Same name' },
      ],
      ['3', '4'],
    ],
    [
      'a row id wins and is not given twice',
      [
        { id: '3', name: 'Same name' },
        { id: null, name: 'Same name' },
      ],
      ['3', '4'],
    ],
    ['a name cell with a second line', [{ id: null, name: 'Spring glow push Ongoing' }], ['1']],
    [
      'an unknown name stays untied',
      [
        { id: null, name: 'Not loaded' },
        { id: null, name: '' },
      ],
      [null, null],
    ],
    [
      'more rows of a name than collaborations',
      [
        { id: null, name: 'Spring glow push' },
        { id: null, name: 'Spring glow push' },
      ],
      ['1', null],
    ],
  ])('%s', (_name, rows, expected) => {
    expect(tieRows(rows, collabs)).toEqual(expected);
  });
});
