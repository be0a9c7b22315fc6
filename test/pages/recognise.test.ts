import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../lib/pages/labels';
import { recognisePage } from '../../lib/pages/recognise';
import { docFrom, loadFixture } from './helpers';

const U = (path: string, host = 'affiliate.tiktok.com') => new URL(`https://${host}${path}`);

describe('recognisePage on captured sandbox pages', () => {
  it.each([
    ['sandbox/find-creators-gb.html', U('/connection/creator?shop_region=GB'), 'find-creators', 'en'],
    ['sandbox/find-creators-vi.html', U('/connection/creator?shop_region=VN&lang=vi'), 'find-creators', 'vi'],
    [
      'sandbox/creator-detail-gb.html',
      U('/connection/creator/detail?cid=7103732117059132202&shop_region=GB'),
      'creator-detail',
      'en',
    ],
    [
      'sandbox/create-filled-gb.html',
      U('/connection/target-invitation/create?shop_region=GB'),
      'create-invitation',
      'en',
    ],
    [
      'sandbox/create-id.html',
      U('/connection/target-invitation/create?shop_region=ID', 'affiliate-id.tokopedia.com'),
      'create-invitation',
      'id',
    ],
    [
      'sandbox/create-flat-fee-gb.html',
      U('/affiliate/collaboration/target-invitation/flat-fee/create?shop_region=GB'),
      'create-invitation',
      'en',
    ],
    ['sandbox/invitation-list-gb.html', U('/connection/target-invitation?shop_region=GB'), 'invitation-list', 'en'],
  ])('%s → %s', (file, url, kind, language) => {
    const r = recognisePage(url, loadFixture(file));
    expect(r.kind).toBe(kind);
    expect(r.kind !== 'not-ours' && r.kind !== 'not-recognised' && r.language).toBe(language);
  });
  it('carries create-page URL facts', () => {
    const r = recognisePage(
      U('/connection/target-invitation/flat-fee/create?shop_region=gb&creator_ids[0]=42'),
      loadFixture('sandbox/create-flat-fee-gb.html'),
    );
    expect(r).toMatchObject({
      kind: 'create-invitation',
      region: 'GB',
      feeStructure: 'flat-fee',
      preselectedCreatorIds: ['42'],
      mode: 'create',
    });
  });
});

describe('not ours', () => {
  it.each([
    ['https://www.tiktok.com/connection/creator'],
    ['https://affiliate.tiktok.com.evil.example/connection/creator'],
    ['https://affiliate.tiktok.com/connection/creator-management'],
    ['https://affiliate.tiktok.com/'],
    ['https://seller-us.tiktok.com/homepage'],
  ])('%s', (url) => {
    expect(recognisePage(new URL(url), loadFixture('sandbox/find-creators-gb.html'))).toEqual({ kind: 'not-ours' });
  });
});

describe('mutated pages', () => {
  const mutate = (file: string, fn: (d: Document) => void) => {
    const d = loadFixture(file);
    fn(d);
    return d;
  };
  const renameClasses = (d: Document) => {
    for (const el of Array.from(d.querySelectorAll('[class]'))) el.setAttribute('class', `sc-x${el.className.length}`);
  };

  it('find creators still recognised with styled classes renamed (data-tid kept)', () => {
    const d = mutate('sandbox/find-creators-gb.html', (doc) => {
      for (const el of Array.from(doc.querySelectorAll('[class]'))) {
        if (!/arco-/.test(el.className)) el.setAttribute('class', 'sc-abc123');
      }
    });
    expect(recognisePage(U('/connection/creator'), d).kind).toBe('find-creators');
  });
  it('find creators without its table is not recognised, naming it', () => {
    const d = mutate('sandbox/find-creators-gb.html', (doc) => {
      for (const t of Array.from(doc.querySelectorAll('[data-tid="m4b_table"], .arco-table, table'))) t.remove();
    });
    expect(recognisePage(U('/connection/creator'), d)).toMatchObject({
      kind: 'not-recognised',
      page: 'find-creators',
      missing: ['results table'],
    });
  });
  it('create page with every class renamed and data-e2e removed: found by placeholder and Send text', () => {
    const d = mutate('sandbox/create-filled-gb.html', (doc) => {
      renameClasses(doc);
      for (const el of Array.from(doc.querySelectorAll('[data-e2e]'))) el.removeAttribute('data-e2e');
    });
    const r = recognisePage(U('/connection/target-invitation/create'), d);
    expect(r.kind).toBe('create-invitation');
  });
  it('create page with the name moved and placeholder localised (Vietnamese)', () => {
    const d = mutate('sandbox/create-filled-gb.html', (doc) => {
      const name = doc.querySelector('input[placeholder="Invitation name"]')!;
      name.setAttribute('placeholder', 'Tên lời mời');
      name.removeAttribute('data-e2e');
      doc.body.append(name);
    });
    expect(recognisePage(U('/connection/target-invitation/create'), d).kind).toBe('create-invitation');
  });
  it('create page missing its name input and Send is not recognised, naming both', () => {
    const d = mutate('sandbox/create-filled-gb.html', (doc) => {
      for (const el of Array.from(doc.querySelectorAll('input[placeholder="Invitation name"], input[maxlength="30"]')))
        el.remove();
      for (const b of Array.from(doc.querySelectorAll('button'))) if (b.textContent?.trim() === 'Send') b.remove();
    });
    expect(recognisePage(U('/connection/target-invitation/create'), d)).toMatchObject({
      kind: 'not-recognised',
      page: 'create-invitation',
      missing: ['invitation name input', 'Send button'],
    });
  });
  it('an empty SPA shell (still loading) is not recognised, not an error', () => {
    const d = docFrom('<div id="root"><div id="scroll-container"><div class="micro-app-container"></div></div></div>');
    for (const path of [
      '/connection/creator',
      '/connection/target-invitation',
      '/connection/target-invitation/create',
      '/connection/creator/detail?cid=1',
    ]) {
      const r = recognisePage(U(path), d);
      expect(r.kind).toBe('not-recognised');
      expect(r.kind === 'not-recognised' && r.missing.length).toBeGreaterThan(0);
      expect(r.kind === 'not-recognised' && r.reason).toMatch(/not found/);
    }
  });
  it('Indonesian hand-written create page', () => {
    const r = recognisePage(
      U('/connection/target-invitation/create?shop_region=ID', 'affiliate-id.tokopedia.com'),
      loadFixture('contract/create-id.html'),
    );
    expect(r).toMatchObject({ kind: 'create-invitation', language: 'id', region: 'ID' });
  });
  it('never throws on a hostile root', () => {
    const hostile = {
      querySelector: () => {
        throw new Error('boom');
      },
      querySelectorAll: () => {
        throw new Error('boom');
      },
    } as unknown as ParentNode;
    expect(() => recognisePage(U('/connection/creator'), hostile)).not.toThrow();
    expect(recognisePage(U('/connection/creator'), hostile).kind).toBe('not-recognised');
  });
});

describe('detectLanguage', () => {
  it.each([
    ['sandbox/find-creators-vi.html', 'vi'],
    ['sandbox/create-id.html', 'id'],
    ['contract/create-id.html', 'id'],
    ['sandbox/create-filled-gb.html', 'en'],
  ])('%s → %s', (file, lang) => expect(detectLanguage(loadFixture(file))).toBe(lang));
  it('trusts rendered labels over a stale <html lang>', () => {
    const d = loadFixture('sandbox/create-id.html');
    d.documentElement.setAttribute('lang', 'en');
    expect(detectLanguage(d)).toBe('id');
  });
  it('falls back to <html lang> without labels', () => {
    const d = docFrom('<p>nothing</p>');
    d.documentElement.setAttribute('lang', 'vi-VN');
    expect(detectLanguage(d)).toBe('vi');
  });
});
