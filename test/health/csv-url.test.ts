import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { checkHealth, collaborationUrl, pathFamilyOf } from '../../lib/health';
import { defuseCell, healthCsv } from '../../lib/health/csv';
import { collab, creator, DAY, NOW, OPTIONS, product } from './fixtures';

const ORIGIN = 'https://affiliate.tiktok.com';

describe('collaborationUrl', () => {
  it.each([
    {
      family: 'connection' as const,
      region: undefined,
      url: `${ORIGIN}/connection/target-invitation/detail?invitation_group_id=7123`,
    },
    {
      family: 'affiliate' as const,
      region: undefined,
      url: `${ORIGIN}/affiliate/collaboration/target-invitation/detail?invitation_group_id=7123`,
    },
    {
      family: 'connection' as const,
      region: 'GB',
      url: `${ORIGIN}/connection/target-invitation/detail?invitation_group_id=7123&shop_region=GB`,
    },
  ])('$family $region', ({ family, region, url }) => {
    expect(collaborationUrl(ORIGIN, '7123', family, region)).toBe(url);
  });

  it('encodes the id and drops a trailing slash or path from the origin', () => {
    expect(collaborationUrl(`${ORIGIN}/x/`, 'a&b=c', 'connection')).toBe(
      `${ORIGIN}/connection/target-invitation/detail?invitation_group_id=a%26b%3Dc`,
    );
  });

  it.each(['javascript:alert(1)', 'not a url', ''])('never links to a non-http origin: %s', (origin) => {
    expect(collaborationUrl(origin, '1', 'connection')).toBe(
      '/connection/target-invitation/detail?invitation_group_id=1',
    );
  });

  it.each([
    ['/connection/target-invitation', 'connection'],
    ['/affiliate/collaboration/target-invitation', 'affiliate'],
  ])('pathFamilyOf(%s) → %s', (path, family) => {
    expect(pathFamilyOf(path)).toBe(family);
  });
});

describe('defuseCell', () => {
  it.each([
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['safe = fine', 'safe = fine'],
    ['', ''],
  ])('%j → %j', (input, out) => {
    expect(defuseCell(input)).toBe(out);
  });
});

describe('healthCsv', () => {
  const snaps = [
    collab({
      id: '7001',
      name: '=cmd|calc',
      products: [product({ title: 'Mug, "large"\nblue', targetRateBp: 900, openRateBp: 1000 })],
      creators: [creator({ id: 'c1', handle: '-sneaky', status: 'pending', invitedAt: NOW - 10 * DAY })],
    }),
  ];
  const { issues } = checkHealth(snaps, OPTIONS);
  const csv = healthCsv(issues, snaps, { origin: ORIGIN, pathFamily: 'affiliate', shopRegion: 'GB' });
  const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

  it('has the header and one row per issue', () => {
    expect(parsed[0]).toEqual([
      'Collaboration ID',
      'Collaboration name',
      'Issue',
      'Severity',
      'Product',
      'Creator',
      'Money at stake (per order)',
      'Message',
      'Link',
    ]);
    expect(parsed).toHaveLength(1 + issues.length);
    expect(issues.length).toBe(2);
  });

  it('writes the fields, quoting commas, quotes and newlines', () => {
    const rate = parsed.find((r) => r[2] === 'Target rate not above open rate');
    expect(rate?.[0]).toBe('7001');
    expect(rate?.[3]).toBe('Warning');
    expect(rate?.[4]).toBe('Mug, "large"\nblue (p1)');
    expect(rate?.[6]).toBe('£0.20');
    expect(rate?.[8]).toBe(
      `${ORIGIN}/affiliate/collaboration/target-invitation/detail?invitation_group_id=7001&shop_region=GB`,
    );
    expect(csv).toContain('"Mug, ""large""\nblue (p1)"');
  });

  it('defuses formula cells', () => {
    for (const row of parsed.slice(1)) expect(row[1]).toBe("'=cmd|calc");
    const creatorRow = parsed.find((r) => r[2] === 'Invitations not accepted');
    // Handles start with "@", which Excel also treats as a formula.
    expect(creatorRow?.[5]).toBe("'@-sneaky");
    expect(creatorRow?.[6]).toBe('');
    for (const row of parsed) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('leaves the link empty without an origin, and copes with no issues', () => {
    const noLink = Papa.parse<string[]>(healthCsv(issues, snaps), { skipEmptyLines: true }).data;
    expect(noLink[1]?.[8]).toBe('');
    expect(Papa.parse<string[]>(healthCsv([], []), { skipEmptyLines: true }).data).toHaveLength(1);
  });
});
