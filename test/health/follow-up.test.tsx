import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HealthPanel } from '../../components/health/HealthPanel';
import { checkHealth, HEALTH_TITLES } from '../../lib/health';
import { DEFAULT_TEMPLATES, type Template } from '../../lib/templates';
import { followUpFor } from '../../lib/templates/follow-up';
import { collab, creator, DAY, NOW, OPTIONS, product } from './fixtures';

const pending = (id: string, handle?: string) =>
  creator({ id, ...(handle ? { handle } : {}), status: 'pending', invitedAt: NOW - 10 * DAY });
const SNAP = collab({
  id: 'g-wait',
  name: 'Mug week',
  endsAt: Date.UTC(2026, 11, 20, 12),
  products: [
    product({ id: 'p1', title: 'Blue Mug', targetRateBp: 1500 }),
    product({ id: 'p2', title: 'Tea set', targetRateBp: 1200 }),
  ],
  creators: [pending('c1', 'anna'), creator({ id: 'c9' })],
});
const issueOf = (snap = SNAP) => checkHealth([snap], OPTIONS).issues.find((i) => i.code === 'health.not-accepted')!;

describe('followUpFor', () => {
  it('fills the first follow-up template with the collaboration as the list showed it, per language', () => {
    const en = followUpFor(issueOf(), SNAP, DEFAULT_TEMPLATES, 'Sunny Home', 'en');
    expect(en).toMatchObject({ templateId: 'follow-up', creatorIds: ['c1'] });
    expect(en?.text).toBe(
      'Hi! A reminder: Blue Mug and Tea set from Sunny Home, 12%–15% commission, until December 20, 2026.',
    );
    expect(followUpFor(issueOf(), SNAP, DEFAULT_TEMPLATES, 'Sunny Home', 'id')?.text).toContain(
      'Blue Mug dan Tea set from Sunny Home, 12%–15% commission, until 20 Desember 2026',
    );
    expect(followUpFor(issueOf(), SNAP, DEFAULT_TEMPLATES, 'Sunny Home', 'vi')?.text).toContain('20 tháng 12, 2026');
  });

  it('leaves out what it cannot know, and names the one creator only when there is one', () => {
    const tpl: Template[] = [{ id: 'f', name: 'F', kind: 'follow-up', body: 'Hi {creator}, {sample} from {shop}.' }];
    const one = followUpFor(issueOf(), SNAP, tpl, '', 'en');
    expect(one?.text).toBe('Hi @anna, from.');
    expect(one?.leftOut).toBe('Left out, not read: {sample}, {shop}.');
    const two = collab({ ...SNAP, creators: [pending('c1', 'anna'), pending('c2', 'ben')] });
    expect(followUpFor(issueOf(two), two, tpl, 'S', 'en')?.blocked).toBe(
      '{creator} fills in only for exactly one creator.',
    );
  });

  it('offers nothing without a follow-up template or for other issues', () => {
    expect(
      followUpFor(
        issueOf(),
        SNAP,
        DEFAULT_TEMPLATES.filter((x) => x.kind === 'invitation'),
        '',
        'en',
      ),
    ).toBeNull();
    const other = checkHealth([collab({ products: [product({ stock: 0 })] })], OPTIONS).issues[0]!;
    expect(followUpFor(other, SNAP, DEFAULT_TEMPLATES, '', 'en')).toBeNull();
  });
});

/** The click loads the copy's chunk, fills and writes: a few turns of the event loop. */
async function settle() {
  for (let i = 0; i < 10; i++) await act(async () => new Promise((r) => setTimeout(r, 5)));
}

describe('Copy follow-up in the health panel', () => {
  let root: HTMLDivElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  function mount(templates: readonly Template[], writeText: (s: string) => Promise<void>, onFollowUpCopied = vi.fn()) {
    const result = checkHealth([SNAP], OPTIONS);
    act(() => {
      render(
        <HealthPanel
          snapshots={[SNAP]}
          result={result}
          origin="https://seller-us.tiktok.com"
          pathFamily="connection"
          onExport={() => {}}
          followUp={{ templates, shopName: 'Sunny Home', language: 'en' }}
          onFollowUpCopied={onFollowUpCopied}
          writeText={writeText}
        />,
        root,
      );
    });
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Copy follow-up');
    return { button, onFollowUpCopied };
  }

  it('copies the filled text, confirms in a status message and reports the creators and template', async () => {
    const writeText = vi.fn(async (_: string) => {});
    const { button, onFollowUpCopied } = mount(DEFAULT_TEMPLATES, writeText);
    expect(button?.closest('[data-collaboration-id]')?.getAttribute('data-collaboration-id')).toBe('g-wait');
    await act(async () => button?.click());
    await settle();
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^Hi! A reminder: Blue Mug and Tea set/));
    expect(root.querySelector('.cp-health__follow-up [role="status"]')?.textContent).toBe(
      'Follow-up copied. Paste it into your message to the creator.',
    );
    expect(onFollowUpCopied).toHaveBeenCalledWith(['c1'], 'follow-up');
  });

  it('shows the text to copy by hand when the clipboard refuses, and reports nothing', async () => {
    const { button, onFollowUpCopied } = mount(DEFAULT_TEMPLATES, () => Promise.reject(new Error('denied')));
    await act(async () => button?.click());
    await settle();
    expect(root.querySelector('.cp-health__follow-up [role="status"]')?.textContent).toMatch(/did not allow copying/);
    expect((root.querySelector('textarea') as HTMLTextAreaElement).value).toMatch(/^Hi! A reminder:/);
    expect(onFollowUpCopied).not.toHaveBeenCalled();
  });

  it('does not copy a follow-up that would not fit, and says why', async () => {
    const writeText = vi.fn(async (_: string) => {});
    const { button, onFollowUpCopied } = mount(
      [{ id: 'long', name: 'L', kind: 'follow-up', body: `${'a'.repeat(499)} {products}` }],
      writeText,
    );
    await act(async () => button?.click());
    await settle();
    expect(root.querySelector('.cp-health__follow-up [role="status"]')?.textContent).toMatch(
      /^Template not used: filled in, it is 5\d\d characters/,
    );
    expect(writeText).not.toHaveBeenCalled();
    expect(onFollowUpCopied).not.toHaveBeenCalled();
  });

  it('offers the button on "not accepted" issues only', () => {
    mount(DEFAULT_TEMPLATES, async () => {});
    const items = [...root.querySelectorAll('li.cp-health__issue')];
    expect(items.length).toBeGreaterThan(0);
    for (const li of items)
      expect(li.textContent?.includes('Copy follow-up')).toBe(
        li.querySelector('strong')?.textContent === HEALTH_TITLES['health.not-accepted'],
      );
  });
});
