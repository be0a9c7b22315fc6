import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GuardProductRow } from '../../components/setup-guard/types';
import { MessageFromTemplateFeature } from '../../entrypoints/affiliate.content/features/message-from-template';
import type { CreateForm } from '../../lib/pages/create-invitation';
import { resolveSettings } from '../../lib/settings/resolve';
import { defaultSettings } from '../../lib/settings/schema';
import type { Template } from '../../lib/templates';

const form = (over: Partial<CreateForm> = {}): CreateForm => ({
  name: 'Mug week',
  message: '',
  endDate: '2026-12-31',
  endsAt: '2026-12-31',
  endDateReading: null,
  feeStructure: 'commission',
  contentType: 'video',
  flashSale: false,
  freeSamples: null,
  products: [
    {
      id: 'p1',
      title: 'Blue mug',
      priceText: null,
      stockText: null,
      openRateText: null,
      targetRateText: '15',
      sampleOffer: 'free-sample',
      sampleOfferText: null,
    },
  ],
  productsFound: true,
  creators: [{ handle: 'anna' }],
  creatorCount: 1,
  creatorsComplete: true,
  creatorsShownAs: 'chips',
  creatorCounter: null,
  notFound: [],
  ...over,
});
const products: GuardProductRow[] = [
  {
    id: 'p1',
    title: 'Blue mug',
    priceCents: null,
    stock: null,
    stockState: 'unknown',
    openRateBp: null,
    targetRateBp: 1500,
    effectiveBp: 1500,
    sampleOffer: 'free-sample',
    raiseToBp: null,
  } as unknown as GuardProductRow,
];

let root: HTMLDivElement;
let page: HTMLDivElement;
beforeEach(() => {
  page = document.createElement('div');
  page.innerHTML = '<textarea maxlength="500"></textarea>';
  root = document.createElement('div');
  document.body.append(page, root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  page.remove();
});

function mount(templates: Template[], f: CreateForm | null = form(), shopName = 'Sunny Home') {
  const settings = resolveSettings({ ...defaultSettings(), templates, shopName }, 'GB');
  const reread = vi.fn();
  act(() => {
    render(
      <MessageFromTemplateFeature
        form={f}
        products={products}
        handles={f?.creators.map((c) => c.handle) ?? null}
        settings={settings}
        language="en"
        region="GB"
        reread={reread}
      />,
      root,
    );
  });
  return { reread };
}

const box = () => page.querySelector('textarea') as HTMLTextAreaElement;
const fillButton = () =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === 'Fill message') as HTMLButtonElement;
/** Every fill ends by saying how it went: its code loads on the click, so wait for that (up to 2 s). */
const told = () => !!root.querySelector('[role="status"]')?.textContent || !!root.querySelector('[role="alert"]');
async function clickFill() {
  await act(async () => fillButton().click());
  for (let i = 0; i < 400 && !told(); i++) await act(async () => new Promise((r) => setTimeout(r, 5)));
}

const T = (id: string, body: string, kind: Template['kind'] = 'invitation'): Template => ({ id, name: id, kind, body });

describe('Message from template on the create page', () => {
  it('offers the invitation templates only, and fills the message box from the chosen one', async () => {
    const { reread } = mount([
      T('a', 'A {products}'),
      T('f', 'F', 'follow-up'),
      T('b', 'Hi {creator}: {products} from {shop}, {commission}, until {end_date}, {sample}.'),
    ]);
    const select = root.querySelector('select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['a', 'b']);
    select.value = 'b';
    await act(async () => {
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await clickFill();
    expect(box().value).toBe('Hi @anna: Blue mug from Sunny Home, 15%, until 31 December 2026, a free sample.');
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/^Message filled in\. Read it/);
    expect(reread).toHaveBeenCalled();
  });

  it('fills without the shop name and says what was left out', async () => {
    mount([T('a', 'Hi from {shop}, {products}.')], form(), '');
    await clickFill();
    expect(box().value).toBe('Hi from, Blue mug.');
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/Left out, not read: \{shop\}\./);
  });

  it('does not fill {creator} for several creators, and says why', async () => {
    mount([T('a', 'Hi {creator}!')], form({ creators: [{ handle: 'anna' }, { handle: 'ben' }], creatorCount: 2 }));
    await clickFill();
    expect(box().value).toBe('');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Template not used: {creator} fills in only for exactly one creator.',
    );
  });

  it('does not fill a text over the message limit', async () => {
    mount([T('a', `${'a'.repeat(495)} {products}`)]);
    await clickFill();
    expect(box().value).toBe('');
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(
      /^Template not used: filled in, it is 504 characters; the message box takes 500\./,
    );
  });

  it('says so when the page has no message box', async () => {
    page.innerHTML = '';
    mount([T('a', 'Hi')]);
    await clickFill();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Template not used: The field is not on the page.');
  });

  it('points to the options when there is no invitation template', () => {
    mount([T('f', 'F', 'follow-up')]);
    expect(root.textContent).toContain('No invitation template yet.');
    expect(root.querySelector('button')).toBeNull();
  });
});
