import { describe, expect, it } from 'vitest';
import {
  findCreateControls,
  findMountPoint,
  findSendButton,
  matchUrl,
  readCreateForm,
} from '../../lib/pages/create-invitation';
import { loadFixture } from './helpers';

const CREATE = new URL('https://affiliate.tiktok.com/connection/target-invitation/create?shop_region=GB');

describe('create matchUrl', () => {
  it.each([
    ['/connection/target-invitation/create', 'create', null],
    ['/affiliate/collaboration/target-invitation/create/', 'create', null],
    ['/connection/target-invitation/flat-fee/create', 'create', 'flat-fee'],
    ['/affiliate/collaboration/target-invitation/flat-fee/create', 'create', 'flat-fee'],
    ['/connection/target-invitation/edit', 'edit', null],
    ['/connection/target-invitation/flat-fee/edit', 'edit', 'flat-fee'],
  ])('%s', (path, mode, fee) => {
    const m = matchUrl(new URL(`https://affiliate.tiktok.com${path}?shop_region=GB`));
    expect(m?.mode).toBe(mode);
    expect(m?.feeFromUrl).toBe(fee);
  });
  it.each(['/connection/target-invitation', '/connection/target-invitation/detail', '/connection/creator'])(
    '%s is not the create page',
    (p) => {
      expect(matchUrl(new URL(`https://affiliate.tiktok.com${p}`))).toBeNull();
    },
  );
  it('reads pre-selected creators in index order, dropping bad ids and duplicates', () => {
    const u = new URL(
      'https://affiliate.tiktok.com/connection/target-invitation/edit?invitation_group_id=77&enter_from=affiliate_find_creators' +
        '&creator_ids[1]=222&creator_ids[0]=111&creator_ids[2]=%3Cscript%3E&creator_ids[3]=111',
    );
    expect(matchUrl(u)).toEqual({
      mode: 'edit',
      feeFromUrl: null,
      groupId: '77',
      preselectedCreatorIds: ['111', '222'],
      enterFrom: 'affiliate_find_creators',
    });
  });
});

describe('readCreateForm on captured sandbox HTML', () => {
  it('reads a filled commission form', () => {
    const r = readCreateForm(loadFixture('sandbox/create-filled-gb.html'), CREATE);
    if (!r.ok) throw new Error(r.missing.join());
    const f = r.form;
    expect(f).toMatchObject({
      name: 'Spring launch',
      message: 'Hello creators',
      endDate: '2030-01-31',
      feeStructure: 'commission',
      contentType: 'video',
      flashSale: false,
      freeSamples: { on: true, autoApprove: false },
      creators: [{ handle: 'max_kitchen' }],
      creatorCounter: { count: 1, max: 50 },
      notFound: [],
    });
    expect(f.products).toHaveLength(3);
    expect(f.products[0]).toMatchObject({
      id: '1729505277280211008',
      title: 'Silk Yoga Leggings',
      targetRateText: '12.50',
      sampleOffer: 'free-sample',
    });
    expect(f.products[0]?.openRateText).toMatch(/%$/);
    expect(f.products[1]?.targetRateText).toBe('');
  });
  it('reads an empty form and says products are missing', () => {
    const r = readCreateForm(loadFixture('sandbox/create-empty-gb.html'), CREATE);
    expect(r.ok && r.form.notFound).toEqual(['products']);
    expect(r.ok && r.form.endDate).toBeNull();
  });
  it('reads the Indonesian sandbox page', () => {
    const r = readCreateForm(
      loadFixture('sandbox/create-id.html'),
      new URL('https://affiliate-id.tokopedia.com/connection/target-invitation/create'),
    );
    if (!r.ok) throw new Error(r.missing.join());
    expect(r.form.contentType).toBe('video');
    expect(r.form.products[0]?.sampleOffer).toBe('free-sample');
    expect(r.form.products[0]?.priceText).toMatch(/^Rp/);
  });
  it('reads the flat-fee page', () => {
    const url = new URL('https://affiliate.tiktok.com/affiliate/collaboration/target-invitation/flat-fee/create');
    const r = readCreateForm(loadFixture('sandbox/create-flat-fee-gb.html'), url);
    if (!r.ok) throw new Error(r.missing.join());
    expect(r.form.feeStructure).toBe('flat-fee');
    expect(r.form.contentType).toBe('video');
    expect(r.form.flashSale).toBe(false);
    expect(r.form.flatFee).toBeDefined();
    expect(r.form.flatFee?.videoReview).not.toBeUndefined();
  });
  it('finds the controls the writers need, and Send', () => {
    const doc = loadFixture('sandbox/create-filled-gb.html');
    const c = findCreateControls(doc);
    expect(c.name?.getAttribute('placeholder')).toBe('Invitation name');
    expect(c.endDate?.getAttribute('placeholder')).toBe('End date');
    expect(c.message?.tagName).toBe('TEXTAREA');
    expect(c.contentType?.className).toContain('arco-select');
    expect(c.flashSale?.getAttribute('role')).toBe('switch');
    expect(c.freeSamples?.getAttribute('role')).toBe('switch');
    expect(c.freeSamples).not.toBe(c.flashSale);
    expect(c.autoApprove).not.toBeNull();
    expect(c.products.every((p) => p.targetInput && p.sampleSelect)).toBe(true);
    expect(findSendButton(doc)?.textContent).toBe('Send');
    expect(findMountPoint(doc)?.append).toBe('before');
  });
});

describe('readCreateForm on the hand-written Indonesian contract page', () => {
  const doc = loadFixture('contract/create-id.html');
  it('reads every field through labels, placeholders and fallbacks', () => {
    const r = readCreateForm(
      doc,
      new URL('https://affiliate-id.tokopedia.com/connection/target-invitation/create?shop_region=ID'),
    );
    if (!r.ok) throw new Error(r.missing.join());
    expect(r.form).toEqual({
      name: 'Promo Ramadan',
      message: 'Halo!',
      endDate: '2031-03-15',
      endsAt: '2031-03-15',
      endDateReading: { kind: 'date', ymd: '2031-03-15', time: null },
      feeStructure: 'commission',
      contentType: 'live',
      flashSale: true,
      freeSamples: { on: true, autoApprove: true },
      products: [
        {
          id: '1729000000000000001',
          title: 'Mukena Sutra',
          priceText: 'Rp47.800',
          stockText: '0',
          openRateText: '10,00%',
          targetRateText: '8',
          sampleOffer: 'refund-first-sale',
          sampleOfferText: 'Pengembalian dana pada penjualan pertama',
        },
        {
          id: '1729000000000000002',
          title: 'Hijab Instan',
          priceText: 'Rp25.000',
          stockText: '120',
          openRateText: '--',
          targetRateText: '',
          sampleOffer: 'none',
          sampleOfferText: 'Tidak ada',
        },
      ],
      productsFound: true,
      creators: [{ handle: 'sunny.deals', id: '7000000000000000001' }, { handle: 'other_one' }],
      creatorCount: 2,
      creatorsComplete: true,
      creatorsShownAs: 'chips',
      creatorCounter: { count: 2, max: 50 },
      notFound: [],
    });
    expect(findSendButton(doc)?.textContent).toBe('Kirim');
  });
  it('is not recognised when the name input and Send are gone, naming both', () => {
    const d = loadFixture('contract/create-id.html');
    d.querySelector('input[maxlength="30"]')?.remove();
    for (const b of Array.from(d.querySelectorAll('button'))) if (b.textContent === 'Kirim') b.remove();
    expect(readCreateForm(d)).toEqual({ ok: false, missing: ['invitation name input', 'Send button'] });
  });
});
