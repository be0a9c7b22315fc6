/**
 * The Find creators feature's own texts (finder catalog area) follow the language chosen after the
 * modules were loaded: the row overlay built with plain DOM, and the panel on a creator's page.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { RowOverlayDom } from '@/components/creators/overlay-dom';
import { FindCreatorsFeature } from '@/entrypoints/affiliate.content/features/find-creators';
import { FEATURE_MESSAGES } from '@/entrypoints/affiliate.content/features/find-creators/messages';
import { createPageData } from '@/entrypoints/affiliate.content/page-data';
import { setMessages } from '@/lib/i18n';
import { ID } from '@/lib/i18n/catalogs/id';
import { VI } from '@/lib/i18n/catalogs/vi';
import { ENGLISH } from '@/lib/i18n/english';
import { catalogSource } from '@/lib/i18n/translate';
import { creator, THRESHOLDS } from './helpers';

const LANG = { en: ENGLISH, id: catalogSource('id', ID), vi: catalogSource('vi', VI) };
const roots: HTMLElement[] = [];

afterEach(() => {
  setMessages(ENGLISH);
  for (const r of roots.splice(0)) {
    render(null, r);
    r.remove();
  }
});

describe('finder texts', () => {
  it.each([
    ['en', () => FEATURE_MESSAGES.rowsWaiting, 'Waiting for the creator list…'],
    ['en', () => FEATURE_MESSAGES.detailLoading, "Loading this creator's data…"],
    ['en', () => FEATURE_MESSAGES.detailNoId, 'This page does not name a creator, so there is nothing to check.'],
    ['en', () => FEATURE_MESSAGES.notAdded, 'Not added to the queue.'],
    ['id', () => FEATURE_MESSAGES.rowsWaiting, 'Menunggu daftar kreator…'],
    ['id', () => FEATURE_MESSAGES.notAdded, 'Tidak ditambahkan ke antrean.'],
    ['vi', () => FEATURE_MESSAGES.detailLoading, 'Đang tải dữ liệu của nhà sáng tạo này…'],
  ] as const)('%s: %s', (lang, text, expected) => {
    setMessages(LANG[lang]);
    expect(text()).toBe(expected);
  });

  // The "(2/4)" is the score's data-known, which CSS appends (so it is part of the button's name).
  it.each([
    ['en', 'Fit 100', '(2/4)', 'Add to queue'],
    ['vi', 'Phù hợp 100', '(2/4)', 'Thêm vào hàng đợi'],
  ] as const)('the row overlay reads its texts in %s when it is built', (lang, score, known, add) => {
    setMessages(LANG[lang]);
    // Two of the four fit facts known: the score carries the "(known/total)" count.
    const c = creator({ gmv: null, gmvText: null, sampleFulfilment: null });
    const o = new RowOverlayDom(document, { creator: c, thresholds: THRESHOLDS, state: 'idle' }, () => {});
    document.body.append(o.el);
    roots.push(o.el);
    const fit = o.el.querySelector('.cp-fit__score');
    expect([fit?.textContent, fit?.getAttribute('data-known')]).toEqual([score, known]);
    expect(o.el.querySelector('.cp-add')?.textContent).toBe(add);
  });

  it('the panel on a creator page without an id says so in Indonesian', () => {
    setMessages(LANG.id);
    const ac = new AbortController();
    const root = document.createElement('div');
    document.body.append(root);
    roots.push(root);
    act(() =>
      render(
        <FindCreatorsFeature
          page={{ kind: 'creator-detail', creatorId: null, language: 'id', region: 'ID' }}
          url={new URL('https://affiliate.tiktok.com/connection/creator/detail')}
          signal={ac.signal}
          data={createPageData(Promise.resolve(null), ac.signal)}
        />,
        root,
      ),
    );
    expect(root.textContent).toBe('Halaman ini tidak menyebutkan kreator, jadi tidak ada yang perlu diperiksa.');
    ac.abort();
  });
});
