import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HealthPanel, type HealthPanelProps } from '../../components/health/HealthPanel';
import { RowBadge } from '../../components/health/RowBadge';
import { type CollaborationSnapshot, checkHealth } from '../../lib/health';
import { collab, creator, DAY, NOW, OPTIONS, product } from './fixtures';

const ORIGIN = 'https://seller-us.tiktok.com';

const SNAPSHOTS: CollaborationSnapshot[] = [
  collab({
    id: 'g-rate',
    name: 'Spring glow push',
    products: [product({ id: 'p1', priceCents: 10_000, targetRateBp: 800, openRateBp: 1000 })],
  }),
  collab({
    id: 'g-oos',
    name: 'Kitchen essentials',
    products: [product({ id: 'p2', title: 'Pan', priceCents: 4000, stock: 0 })],
  }),
  collab({ id: 'g-end', name: 'Summer flash deals', products: [product({ id: 'p3' })], endsAt: NOW + 3 * DAY }),
  collab({ id: 'g-ok', name: 'Evergreen', products: [product({ id: 'p4' })] }),
  collab({ id: 'g-part', name: 'Half loaded', detailLoaded: false, products: null, creators: null }),
  collab({ id: 'g-old', name: 'Winter sale', status: 'expired', products: [product({ id: 'p5', stock: 0 })] }),
];

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(overrides: Partial<HealthPanelProps> = {}, snapshots = SNAPSHOTS) {
  const onExport = vi.fn<(csv: string) => void>();
  const result = checkHealth(snapshots, OPTIONS);
  act(() => {
    render(
      <HealthPanel
        snapshots={snapshots}
        result={result}
        origin={ORIGIN}
        pathFamily="connection"
        onExport={onExport}
        {...overrides}
      />,
      root,
    );
  });
  return { onExport, result };
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('HealthPanel', () => {
  it.each([
    [false, 'list-unread', /could not read this page's list data.*still checks each collaboration you create or edit/],
    [true, 'list-empty', /^The page lists no collaborations to check\.$/],
  ])('with nothing loaded (list read: %s) says so plainly, asking nothing of the seller', (listRead, state, words) => {
    mount({ listRead }, []);
    const p = root.querySelector('[aria-live="polite"] p');
    expect(p?.getAttribute('data-state')).toBe(state);
    expect(text(p)).toMatch(words);
    expect(text(p)).not.toMatch(/scroll/i);
  });

  it('summarises the loaded collaborations in a polite live region', () => {
    mount();
    const live = root.querySelector('[aria-live="polite"]');
    expect(live).not.toBeNull();
    const counts = [...(live?.querySelectorAll('li') ?? [])].map(text);
    expect(counts).toEqual([
      '6 collaborations loaded',
      '3 need attention',
      '1 healthy',
      '1 not fully loaded',
      '1 ended or cancelled',
    ]);
  });

  it('is labelled by headings and lists issues in order of money at stake', () => {
    mount();
    const section = root.querySelector('section');
    const heading = root.querySelector('h3');
    expect(text(heading)).toBe('Collaboration health');
    expect(section?.getAttribute('aria-labelledby')).toBe(heading?.id);
    const list = root.querySelector('ol');
    expect(list?.getAttribute('aria-labelledby')).toBe(root.querySelector('h4')?.id);
    const items = [...(list?.children ?? [])];
    expect(items.map((li) => li.getAttribute('data-collaboration-id'))).toEqual(['g-oos', 'g-rate', 'g-end', 'g-part']);
    expect(text(items[0])).toContain('Error: Out of stock');
    expect(text(items[0])).toContain('At stake: £40.00 per order');
    expect(text(items[1])).toContain('Warning: Target rate not above open rate');
    expect(text(items[1])).toContain('At stake: £2.00 per order');
    expect(text(items[3])).toContain('Info: Not fully loaded');
    expect(text(root)).not.toContain('Evergreen');
    expect(text(root)).not.toContain('Winter sale');
  });

  it('links each issue to its collaboration with a real href', () => {
    mount({ pathFamily: 'affiliate', shopRegion: 'US' });
    const links = [...root.querySelectorAll('ol a')] as HTMLAnchorElement[];
    expect(links.map((a) => [text(a), a.getAttribute('href')])).toEqual([
      [
        'Open “Kitchen essentials”',
        `${ORIGIN}/affiliate/collaboration/target-invitation/detail?invitation_group_id=g-oos&shop_region=US`,
      ],
      [
        'Open “Spring glow push”',
        `${ORIGIN}/affiliate/collaboration/target-invitation/detail?invitation_group_id=g-rate&shop_region=US`,
      ],
      [
        'Open “Summer flash deals”',
        `${ORIGIN}/affiliate/collaboration/target-invitation/detail?invitation_group_id=g-end&shop_region=US`,
      ],
      [
        'Open “Half loaded”',
        `${ORIGIN}/affiliate/collaboration/target-invitation/detail?invitation_group_id=g-part&shop_region=US`,
      ],
    ]);
  });

  it('links a rate clash to every collaboration involved', () => {
    const snaps = [
      collab({ id: 'w1', name: 'Wave 1', products: [product({ targetRateBp: 1500 })] }),
      collab({ id: 'w2', name: 'Wave 2', products: [product({ targetRateBp: 2000 })] }),
    ];
    mount({}, snaps);
    const links = [...root.querySelectorAll('ol a')].map(text);
    expect(links).toEqual(['Open “Wave 1”', 'Open “Wave 2”']);
  });

  it('exports the issues as CSV through the callback', async () => {
    const { onExport, result } = mount();
    const button = [...root.querySelectorAll('button')].find((b) => text(b) === 'Export CSV');
    expect(button?.getAttribute('type')).toBe('button');
    act(() => button?.click());
    // The CSV writer loads on the click.
    await vi.waitFor(() => expect(onExport).toHaveBeenCalledTimes(1));
    const csv = onExport.mock.calls[0]?.[0] ?? '';
    expect(csv.split('\r\n')[0]).toBe(
      'Collaboration ID,Collaboration name,Issue,Severity,Product,Creator,Money at stake (per order),Message,Link',
    );
    expect(csv.split('\r\n')).toHaveLength(1 + result.issues.length);
    expect(csv).toContain(`${ORIGIN}/connection/target-invitation/detail?invitation_group_id=g-oos`);
  });

  it('says when nothing needs attention, and offers no export', () => {
    mount({}, [collab({ id: 'g-ok', creators: [creator()] })]);
    expect(text(root)).toContain('Nothing needs attention in the collaborations loaded so far.');
    expect(root.querySelector('ol')).toBeNull();
    expect([...root.querySelectorAll('button')].map(text)).not.toContain('Export CSV');
  });

  it('shows the first issues and reveals the rest with a keyboard-usable button', () => {
    mount({ initialLimit: 2 });
    expect(root.querySelectorAll('ol > li')).toHaveLength(2);
    const more = [...root.querySelectorAll('button')].find((b) => text(b) === 'Show all 4 issues');
    expect(more?.getAttribute('aria-expanded')).toBe('false');
    act(() => more?.click());
    expect(root.querySelectorAll('ol > li')).toHaveLength(4);
    const fewer = [...root.querySelectorAll('button')].find((b) => text(b) === 'Show fewer');
    expect(fewer?.getAttribute('aria-expanded')).toBe('true');
  });

  it('updates the live summary when new collaborations load', () => {
    const snaps = [collab({ id: 'a' })];
    mount({}, snaps);
    expect(text(root.querySelector('[aria-live]'))).toContain('1 collaboration loaded');
    const more = [...snaps, collab({ id: 'b', name: 'B', products: [product({ id: 'p9', stock: 0 })] })];
    act(() => {
      render(
        <HealthPanel
          snapshots={more}
          result={checkHealth(more, OPTIONS)}
          origin={ORIGIN}
          pathFamily="connection"
          onExport={() => {}}
        />,
        root,
      );
    });
    expect(text(root.querySelector('[aria-live]'))).toContain('2 collaborations loaded');
    expect(text(root.querySelector('[aria-live]'))).toContain('1 needs attention');
  });

  it('uses no inline colour-only signal: every issue carries a text severity', () => {
    mount();
    for (const li of root.querySelectorAll('ol > li')) {
      expect(text(li.querySelector('[class*="cp-health-sev"]'))).toMatch(/^(Error|Warning|Info)$/);
    }
  });
});

describe('RowBadge', () => {
  const result = checkHealth(SNAPSHOTS, OPTIONS);
  const show = (vnode: preact.ComponentChild) => act(() => render(vnode, root));

  it('renders nothing for a row without issues', () => {
    show(<RowBadge issues={result.byCollaboration.get('g-ok')} collaborationId="g-ok" />);
    expect(root.innerHTML).toBe('');
    show(<RowBadge issues={undefined} collaborationId="nope" />);
    expect(root.innerHTML).toBe('');
  });

  it('shows the count and most severe label, with details in title and accessible name', () => {
    const issues = checkHealth(
      [collab({ id: 'x', name: 'Kitchen', endsAt: NOW + DAY, products: [product({ stock: 0 })] })],
      OPTIONS,
    ).byCollaboration.get('x');
    show(<RowBadge issues={issues} collaborationId="x" collaborationName="Kitchen" />);
    const badge = root.firstElementChild;
    expect(text(badge)).toBe('Error · 2');
    expect(badge?.getAttribute('title')).toBe('Error: Out of stock\nWarning: Ending soon');
    expect(badge?.getAttribute('aria-label')).toBe(
      'Error · 2. Collab Pilot found 2 issues in “Kitchen”: Out of stock; Ending soon.',
    );
    expect(badge?.className).toContain('cp-health-badge--error');
  });

  it('is a button when it can be activated', () => {
    const onSelect = vi.fn();
    show(<RowBadge issues={result.byCollaboration.get('g-part')} collaborationId="g-part" onSelect={onSelect} />);
    const button = root.querySelector('button');
    expect(text(button)).toBe('Info · 1');
    expect(button?.getAttribute('aria-label')).toContain('Not fully loaded');
    act(() => button?.click());
    expect(onSelect).toHaveBeenCalledTimes(1);
  });
});
