import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HealthPanel } from '../../components/health/HealthPanel';
import { checkHealth } from '../../lib/health';
import { DEFAULT_TEMPLATES, followUpFor, type Template } from '../../lib/templates';
import { collab, creator, DAY, NOW, OPTIONS, product } from './fixtures';

const pending = (id: string, handle?: string) => creator({ id, ...(handle ? { handle } : {}), status: 'pending', invitedAt: NOW - 10 * DAY });
const SNAP = collab({
  id: 'g-wait',
  name: 'Mug week',
  endsAt: Date.UTC(2026, 11, 20, 12),
  products: [product({ id: 'p1', title: 'Blue Mug', targetRateBp: 1500 }), product({ id: 'p2', title: 'Tea set', targetRateBp: 1200 })],
  creators: [pending('c1', 'anna'), creator({ id: 'c9' })],
});
const issueOf = (snap = SNAP) => checkHealth([snap], OPTIONS).issues.find((i) => i.code === 'health.not-accepted')!;

describe('followUpFor', () => {
  it('fills the first follow-up template with the collaboration as the list showed it, per language', () => {
    const en = followUpFor(issueOf(), SNAP, DEFAULT_TEMPLATES, 'Sunny Home', 'en');
    expect(en).toMatchObject({ templateId: 'follow-up', creatorIds: ['c1'] });
    expect(en?.filled.text).toBe(
      'Hi! A quick reminder of our invitation for Blue Mug and Tea set from Sunny Home: 12%–15% commission, open until December 20, 2026. Any questions? Just reply here.',
    );
    expect(followUpFor(issueOf(), SNAP, DEFAULT_TEMPLATES, 'Sunny Home', 'id')?.filled.text).toContain('Blue Mug dan Tea set from Sunny Home: 12%–15% commission, open until 20 Desember 2026');
    expect(followUpFor(issueOf(), SNAP, DEFAULT_TEMPLATES, 'Sunny Home', 'vi')?.filled.text).toContain('20 tháng 12, 2026');
  });

  it('leaves out what it cannot know, and names the one creator only when there is one', () => {
    const tpl: Template[] = [{ id: 'f', name: 'F', kind: 'follow-up', body: 'Hi {creator}, {sample} from {shop}.' }];
    const one = followUpFor(issueOf(), SNAP, tpl, '', 'en');
    expect(one?.filled.text).toBe('Hi @anna, from.');
    expect(one?.filled.missing).toEqual(['sample', 'shop']);
    const two = collab({ ...SNAP, creators: [pending('c1', 'anna'), pending('c2', 'ben')] });
    expect(followUpFor(issueOf(two), two, tpl, 'S', 'en')?.filled.creatorNotSingle).toBe(true);
  });

  it('offers nothing without a follow-up template or for other issues', () => {
    expect(followUpFor(issueOf(), SNAP, DEFAULT_TEMPLATES.filter((x) => x.kind === 'invitation'), '', 'en')).toBeNull();
    const other = checkHealth([collab({ products: [product({ stock: 0 })] })], OPTIONS).issues[0]!;
    expect(followUpFor(other, SNAP, DEFAULT_TEMPLATES, '', 'en')).toBeNull();
  });
});

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
          followUp={(issue) => followUpFor(issue, SNAP, templates, 'Sunny Home', 'en')}
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
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^Hi! A quick reminder of our invitation for Blue Mug and Tea set/));
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Follow-up copied. Paste it into your message to the creator.');
    expect(onFollowUpCopied).toHaveBeenCalledWith(['c1'], 'follow-up');
  });

  it('shows the text to copy by hand when the clipboard refuses, and reports nothing', async () => {
    const { button, onFollowUpCopied } = mount(DEFAULT_TEMPLATES, () => Promise.reject(new Error('denied')));
    await act(async () => button?.click());
    await act(async () => {});
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/Could not copy/);
    expect((root.querySelector('textarea') as HTMLTextAreaElement).value).toMatch(/^Hi! A quick reminder/);
    expect(onFollowUpCopied).not.toHaveBeenCalled();
  });

  it('does not copy a follow-up that would not fit, and says why', async () => {
    const writeText = vi.fn(async (_: string) => {});
    const { button, onFollowUpCopied } = mount([{ id: 'long', name: 'L', kind: 'follow-up', body: `${'a'.repeat(499)} {products}` }], writeText);
    await act(async () => button?.click());
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/^Not copied: filled in, the message is 5\d\d characters/);
    expect(writeText).not.toHaveBeenCalled();
    expect(onFollowUpCopied).not.toHaveBeenCalled();
  });

  it('offers no button without a follow-up template', () => {
    expect(mount([], async () => {}).button).toBeUndefined();
  });
});
