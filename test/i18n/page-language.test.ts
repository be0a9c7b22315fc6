/**
 * The content script's texts (components/common/i18n.ts followPageLanguage): always from a catalog chunk,
 * in the page's language, or in the browser's for a page we do not recognise. browser.i18n is asked only
 * when the worker does not name the browser's language: a page's first getMessage blocks its main thread.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EN } from '@/lib/i18n/catalogs/en';
import { ID } from '@/lib/i18n/catalogs/id';
import { VI } from '@/lib/i18n/catalogs/vi';

const KEY = 'rules_products_none';
/** A feature whose pages show the key's area (rules). */
const FEATURE = 'setup-guard';
const TEXT = { en: EN[KEY].message, id: ID[KEY]?.message, vi: VI[KEY]?.message };

/** A fresh module pair per test: which language a context shows is module state. */
async function contentScript() {
  vi.resetModules();
  const { followPageLanguage } = await import('@/components/common/i18n');
  const { currentLanguage, t } = await import('@/lib/i18n');
  return { followPageLanguage, text: () => [currentLanguage(), t(KEY)] };
}

describe('the content script follows the page language', () => {
  let getMessage: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    getMessage = vi.fn((key: string) => (key === 'app_language' ? 'vi' : ''));
    (fakeBrowser.i18n as unknown as { getMessage: unknown }).getMessage = getMessage;
    vi.stubGlobal('chrome', fakeBrowser);
  });

  it.each([
    ['a recognised page in Indonesian, whatever the browser says', 'id', 'vi', 'id'],
    ['a recognised page in English', 'en', 'id', 'en'],
    ['a page not recognised: the browser language the worker names', null, 'id', 'id'],
    ['a page not recognised, the worker naming a language we lack: English', null, 'th', 'en'],
  ] as const)('%s', async (_, page, worker, shown) => {
    const cs = await contentScript();
    const ask = vi.fn(async () => worker);
    await cs.followPageLanguage(page, ask, FEATURE);
    expect(cs.text()).toEqual([shown, TEXT[shown]]);
    expect(ask).toHaveBeenCalledTimes(page ? 0 : 1);
    expect(getMessage).not.toHaveBeenCalled();
  });

  it('asks browser.i18n only when the worker gives no answer', async () => {
    const cs = await contentScript();
    await cs.followPageLanguage(null, async () => null, FEATURE);
    expect(cs.text()).toEqual(['vi', TEXT.vi]);
    expect(getMessage.mock.calls.map((c) => c[0])).toContain('app_language');
  });

  it('switches language on a client-side route to a page in another language', async () => {
    const cs = await contentScript();
    await cs.followPageLanguage('en', async () => 'en', FEATURE);
    expect(cs.text()).toEqual(['en', TEXT.en]);
    await cs.followPageLanguage('vi', async () => 'en', FEATURE);
    expect(cs.text()).toEqual(['vi', TEXT.vi]);
  });

  it("loads only the areas the page's feature shows", async () => {
    const cs = await contentScript();
    await cs.followPageLanguage('id', async () => 'id', 'find-creators');
    const { t } = await import('@/lib/i18n');
    expect(t('panel_not_recognised_title')).toBe(ID.panel_not_recognised_title?.message);
    expect(t(KEY)).toBe(KEY);
  });

  it("falls back to the browser's texts when the catalog chunk does not load", async () => {
    vi.resetModules();
    vi.doMock('@/lib/i18n/load', () => ({
      loadCatalog: () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
    }));
    getMessage.mockImplementation((key: string) =>
      key === 'app_language' ? 'vi' : key === KEY ? 'từ trình duyệt' : '',
    );
    const { followPageLanguage } = await import('@/components/common/i18n');
    const { currentLanguage, t } = await import('@/lib/i18n');
    await followPageLanguage('id', async () => 'id', FEATURE);
    expect([currentLanguage(), t(KEY)]).toEqual(['vi', 'từ trình duyệt']);
    vi.doUnmock('@/lib/i18n/load');
  });

  it("loads an area only later code shows on request, in the page's language, and keeps it across a switch", async () => {
    const cs = await contentScript();
    const { loadLaterTexts } = await import('@/components/common/i18n');
    const { t } = await import('@/lib/i18n');
    await cs.followPageLanguage('id', async () => 'id', FEATURE);
    // The Send outcome's texts are not in the Create page's catalog until the outcome code asks for them.
    expect(t('queue_failed_no_reason')).toBe('queue_failed_no_reason');
    await loadLaterTexts('queue');
    expect(t('queue_failed_no_reason')).toBe(ID.queue_failed_no_reason?.message);
    expect(t(KEY)).toBe(TEXT.id);
    await cs.followPageLanguage('vi', async () => 'id', FEATURE);
    expect(t('queue_failed_no_reason')).toBe(VI.queue_failed_no_reason?.message);
    expect(t(KEY)).toBe(TEXT.vi);
  });

  it("an area that does not load later is taken from the browser's texts, never shown as its key", async () => {
    vi.resetModules();
    vi.doMock('@/lib/i18n/load', async (original) => {
      const real = await original<typeof import('@/lib/i18n/load')>();
      return {
        loadCatalog: (language: 'en' | 'id' | 'vi', name: string) =>
          name === 'queue' ? Promise.reject(new Error('Failed to fetch')) : real.loadCatalog(language, name as never),
      };
    });
    getMessage.mockImplementation((key: string) => (key === 'queue_failed_no_reason' ? 'from the browser' : ''));
    const { followPageLanguage, loadLaterTexts } = await import('@/components/common/i18n');
    const { t } = await import('@/lib/i18n');
    await followPageLanguage('id', async () => 'id', FEATURE);
    await loadLaterTexts('queue');
    expect(t('queue_failed_no_reason')).toBe('from the browser');
    expect(t(KEY)).toBe(TEXT.id);
    vi.doUnmock('@/lib/i18n/load');
  });
});
