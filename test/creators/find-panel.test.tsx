/**
 * The Find creators panel on tables it cannot or can read: it says so plainly instead of counting "(0)"
 * for every reason, and it counts the rows of a table the page mounted again, not the ones that are gone.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { FindCreatorsFeature } from '@/entrypoints/affiliate.content/features/find-creators';
import { createPageData } from '@/entrypoints/affiliate.content/page-data';
import { docFrom } from '../pages/helpers';

const roots: HTMLElement[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) {
    render(null, r);
    r.remove();
  }
  document.body.replaceChildren();
});

/** A results table as the page draws it; `who` is the creator cell's content per row. */
function table(who: string[]): HTMLElement {
  const doc = docFrom(`<div data-tid="m4b_table" class="arco-table"><table>
    <thead><tr><th>Creator</th><th>GMV</th><th>Items sold</th><th>Avg. video views</th><th>Engagement rate</th><th>Action</th></tr></thead>
    <tbody>${who.map((w) => `<tr class="arco-table-tr"><td>${w}</td><td>£1K</td><td>1</td><td>2</td><td>1%</td><td><button>Invite</button></td></tr>`).join('')}</tbody>
  </table></div>`);
  return document.importNode(doc.body.firstElementChild as HTMLElement, true);
}

async function panel() {
  const ac = new AbortController();
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  act(() =>
    render(
      <FindCreatorsFeature
        page={{ kind: 'find-creators', language: 'en', region: 'GB' }}
        url={new URL('https://affiliate.tiktok.com/connection/creator?shop_region=GB')}
        signal={ac.signal}
        data={createPageData(Promise.resolve(null), ac.signal)}
      />,
      root,
    ),
  );
  return { root, ac };
}

/** Lets the decorator's pass, the idle recount and Preact's renders run. */
async function settle(root: HTMLElement, until: (text: string) => boolean) {
  for (let i = 0; i < 50 && !until(root.textContent ?? ''); i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
  }
  return root.textContent ?? '';
}

describe('Find creators panel', () => {
  it('says it cannot read the table when rows show nothing to tie them to a creator', async () => {
    document.body.append(table(['<span>Two Words</span>', '<img alt="">']));
    const { root, ac } = await panel();
    const text = await settle(root, (t) => t.includes('cannot read'));
    expect(text).toContain('Collab Pilot cannot read the creators in this table');
    expect(text).not.toContain('(0)');
    ac.abort();
  });

  it('counts the rows of a re-mounted table, not the ones that are gone', async () => {
    const first = table(['<span>aa_one</span>', '<span>bb_two</span>', '<span>cc_three</span>']);
    document.body.append(first);
    const { root, ac } = await panel();
    const text = await settle(root, (t) => t.includes('Queue all matching (3)'));
    expect(text).toContain('Queue all matching (3)');
    // Known from the page alone: their reasons are unknown, and the counts say so rather than pass for data.
    expect(text).toContain('The page has not yet said why 3 listed creators are recommended');
    // The sub-app mounts a new table (a language switch): one row fewer.
    first.replaceWith(table(['<span>aa_one</span>', '<span>bb_two</span>']));
    expect(await settle(root, (t) => t.includes('Queue all matching (2)'))).toContain('Queue all matching (2)');
    expect(document.querySelectorAll('collab-pilot-row').length).toBe(2);
    ac.abort();
  });
});
