/** The chosen creators, whichever way the page shows them (docs/domain.md: chips, cards, the live table, or only "N/50"). */
import { describe, expect, it } from 'vitest';
import { type CreateForm, readCreateForm } from '../../lib/pages/create-invitation';

const SHELL = `<input placeholder="Invitation name" maxlength="30" value="Spring">
  <button data-tid="m4b_button" data-e2e="140f8059-efa6-4618">Send</button>`;

function section(body: string): string {
  return `<div data-tid="m4b_collapse_item" class="arco-collapse-item">
    <div role="button" class="arco-collapse-item-header"><span class="arco-collapse-item-header-title">Creators</span></div>
    <div class="arco-collapse-item-content">${body}</div></div>`;
}

const counter = (n: number) => `<span class="muted">${n}/50</span>`;
const table = (
  names: string[],
  total?: string,
) => `<div class="invitation-select-creator-table arco-table" data-tid="m4b_table">
  <table><thead><tr><th></th><th>Creators</th><th></th></tr></thead><tbody>
  ${names.map((n) => `<tr class="arco-table-tr"><td><input type="checkbox"></td><td><span>${n}</span></td><td><button>Remove</button></td></tr>`).join('')}
  </tbody></table>${total ? `<div class="arco-pagination"><span class="arco-pagination-total-text">${total}</span><span>20 / Page</span></div>` : ''}</div>`;

function read(body: string): Pick<CreateForm, 'creators' | 'creatorCount' | 'creatorsComplete' | 'creatorsShownAs'> {
  document.body.innerHTML = SHELL + body;
  const r = readCreateForm(document);
  if (!r.ok) throw new Error(r.missing.join());
  const { creators, creatorCount, creatorsComplete, creatorsShownAs } = r.form;
  return { creators, creatorCount, creatorsComplete, creatorsShownAs };
}

describe('chosen creators', () => {
  it.each<[string, string, ReturnType<typeof read>]>([
    [
      'chips with "@handle" and the counter',
      section(
        `${counter(2)}<span class="arco-tag">@mia.makes</span><span class="arco-tag" data-creator-id="7001">@sam_b</span>`,
      ),
      {
        creators: [{ handle: 'mia.makes' }, { handle: 'sam_b', id: '7001' }],
        creatorCount: 2,
        creatorsComplete: true,
        creatorsShownAs: 'chips',
      },
    ],
    [
      'cards with "@handle" and a nickname, search results left out',
      section(`${counter(1)}<div role="listbox"><div role="option"><span>@not_chosen</span></div></div>
        <div class="creator-card"><div>@mia.makes</div><div>Mia</div></div>`),
      { creators: [{ handle: 'mia.makes' }], creatorCount: 1, creatorsComplete: true, creatorsShownAs: 'cards' },
    ],
    [
      'the live table, every row on one page',
      section(`${counter(2)}${table(['Mia Makes', 'Sam B'], '1-2 of 2')}`),
      {
        creators: [{ handle: 'Mia Makes' }, { handle: 'Sam B' }],
        creatorCount: 2,
        creatorsComplete: true,
        creatorsShownAs: 'table',
      },
    ],
    [
      'the live table, first page of 57: counted, not all identified',
      section(`${counter(57)}${table(['Mia Makes'], '1-20 of 57')}`),
      { creators: [{ handle: 'Mia Makes' }], creatorCount: 57, creatorsComplete: false, creatorsShownAs: 'table' },
    ],
    [
      'the table total alone gives the count',
      section(table(['Mia Makes'], '1-20 of 31')),
      { creators: [{ handle: 'Mia Makes' }], creatorCount: 31, creatorsComplete: false, creatorsShownAs: 'table' },
    ],
    [
      'a "@handle" in a table cell is the handle',
      section(`${counter(1)}${table(['@mia.makes'])}`),
      { creators: [{ handle: 'mia.makes' }], creatorCount: 1, creatorsComplete: true, creatorsShownAs: 'table' },
    ],
    [
      'only the counter: counted, nobody identified',
      section(counter(2)),
      { creators: [], creatorCount: 2, creatorsComplete: false, creatorsShownAs: 'counter' },
    ],
    [
      'a counter of 0 is a certain "none"',
      section(counter(0)),
      { creators: [], creatorCount: 0, creatorsComplete: true, creatorsShownAs: 'counter' },
    ],
    [
      'the section collapsed (content not mounted): unknown',
      `<div data-tid="m4b_collapse_item"><div role="button" class="arco-collapse-item-header">Creators</div></div>`,
      { creators: [], creatorCount: null, creatorsComplete: false, creatorsShownAs: null },
    ],
    [
      'no creators section at all: unknown',
      '',
      { creators: [], creatorCount: null, creatorsComplete: false, creatorsShownAs: null },
    ],
  ])('%s', (_, body, want) => expect(read(body)).toEqual(want));
});
