import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadingReport } from '../../components/panel/ReadingReport';
import { orderReadings, type Reading, reportText, reportUrl } from '../../lib/report/readings';

const CONTEXT = {
  url: 'https://affiliate.tiktok.com/connection/target-invitation/create?shop_region=gb&creator_ids[0]=7001&enter_from=x',
  page: 'create-invitation',
  language: 'en',
  extensionVersion: '0.1.0',
  browser: 'Mozilla/5.0 Chrome/156',
  now: new Date('2026-12-07T10:00:00Z'),
};

describe('reportUrl', () => {
  it.each([
    [
      'keeps host, path and the region only',
      CONTEXT.url,
      'affiliate.tiktok.com/connection/target-invitation/create?shop_region=GB',
    ],
    [
      'drops a region that is not two letters',
      'https://seller-us.tiktok.com/connection/creator?shop_region=<b>',
      'seller-us.tiktok.com/connection/creator',
    ],
    ['drops every other parameter and the hash', 'https://seller-us.tiktok.com/a?cid=123#x', 'seller-us.tiktok.com/a'],
    ['says so when the URL cannot be read', 'not a url', '(unreadable URL)'],
  ])('%s', (_name, href, expected) => {
    expect(reportUrl(href)).toBe(expected);
  });
});

describe('orderReadings', () => {
  it('lists readings in the panel order and keeps the last of a key', () => {
    const r: Reading[] = [
      { key: 'stock', source: 'page-data', detail: 'a' },
      { key: 'page', source: 'page-text', detail: 'b' },
      { key: 'stock', source: 'not-found', detail: 'c' },
    ];
    expect(orderReadings(r).map((x) => `${x.key}:${x.detail}`)).toEqual(['page:b', 'stock:c']);
  });
});

describe('reportText', () => {
  it('names each reading with its source, one line each, and nothing from the URL but host, path and region', () => {
    const text = reportText(CONTEXT, [
      { key: 'creators', source: 'not-found', detail: 'no chips,\\n no table' },
      { key: 'endDate', source: 'page-text', detail: '12/08/2026' },
    ]);
    expect(text).toContain('page: create-invitation');
    expect(text).toContain('url: affiliate.tiktok.com/connection/target-invitation/create?shop_region=GB');
    expect(text).toContain('creators: not-found | no chips,\\n no table');
    expect(text).toContain('endDate: page-text | 12/08/2026');
    expect(text).not.toContain('7001');
    expect(text.indexOf('creators:')).toBeLessThan(text.indexOf('endDate:'));
  });
  it('says when nothing was read', () => {
    expect(reportText(CONTEXT, [])).toContain('(no readings reported)');
  });
  it('keeps each detail on one line', () => {
    const text = reportText(CONTEXT, [{ key: 'rows', source: 'page-text', detail: 'twelve\nrows\tread' }]);
    expect(text).toContain('rows: page-text | twelve rows read\n');
  });
});

describe('ReadingReport', () => {
  let root: HTMLDivElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  const readings: Reading[] = [
    { key: 'creators', source: 'page-text', detail: '2 of 50' },
    { key: 'page', source: 'page-text', detail: 'Create target collaboration' },
  ];

  it('lists each reading with its source, page first', () => {
    act(() => render(<ReadingReport readings={readings} context={() => CONTEXT} writeText={vi.fn()} />, root));
    const rows = [...root.querySelectorAll('[data-reading]')].map(
      (el) => `${el.getAttribute('data-reading')}/${el.getAttribute('data-source')}`,
    );
    expect(rows).toEqual(['page/page-text', 'creators/page-text']);
    expect(root.textContent).toContain('2 of 50');
  });

  it('copies the report and says so', async () => {
    const writeText = vi.fn<(s: string) => Promise<void>>(() => Promise.resolve());
    act(() => render(<ReadingReport readings={readings} context={() => CONTEXT} writeText={writeText} />, root));
    await act(async () => {
      (root.querySelector('button') as HTMLButtonElement).click();
    });
    expect(writeText).toHaveBeenCalledOnce();
    expect(writeText.mock.calls[0]?.[0]).toContain('creators: page-text | 2 of 50');
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/copied/i);
  });

  it('shows the report in a text box when the clipboard is refused', async () => {
    const writeText = vi.fn<(s: string) => Promise<void>>(() => Promise.reject(new Error('denied')));
    act(() => render(<ReadingReport readings={readings} context={() => CONTEXT} writeText={writeText} />, root));
    await act(async () => {
      (root.querySelector('button') as HTMLButtonElement).click();
    });
    const box = root.querySelector('textarea');
    expect(box?.value).toContain('Collab Pilot reading report');
    expect(box?.getAttribute('aria-label')).toBeTruthy();
    expect(root.querySelector('[role="alert"]')).not.toBeNull();
  });
});
