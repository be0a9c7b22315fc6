import { afterEach, describe, expect, it } from 'vitest';
import { setMessages, t } from '@/lib/i18n';
import { ENGLISH } from '@/lib/i18n/english';
import { chooseLanguage } from '@/lib/i18n/language';
import { catalogSource, createTranslator, fill, formatSubs, type MessageSource } from '@/lib/i18n/translate';

const en = catalogSource('en', {
  hello: { message: 'Hello $1' },
  price: { message: 'Costs $$$1' },
  items_one: { message: '$1 item' },
  items_other: { message: '$1 items' },
  only_en: { message: 'Only in English' },
});
const id = catalogSource('id', { hello: { message: 'Halo $1' }, items_other: { message: '$1 barang' } });

describe('fill', () => {
  it.each([
    ['$1 and $2', ['a', 'b'], 'a and b'],
    ['$2 before $1', ['a', 'b'], 'b before a'],
    ['$$1 literal', ['a'], '$1 literal'],
    ['missing $3', ['a'], 'missing '],
    ['no subs', [], 'no subs'],
    ['$$$1 and a lone $ and $0 and $x and $', ['a'], '$a and a lone $ and $0 and $x and $'],
    ['$1$2', ['$2', 'b'], '$2b'],
  ])('%s', (message, subs, expected) => expect(fill(message, subs)).toBe(expected));
});

describe('translator', () => {
  const tEn = createTranslator(en, en);
  const tId = createTranslator(id, en);
  it.each([
    [tEn.t('hello', 'Ana'), 'Hello Ana'],
    [tEn.t('price', '5'), 'Costs $5'],
    [tEn.tn('items', 1, 1), '1 item'],
    [tEn.tn('items', 1000, 1000), '1,000 items'],
    [tId.t('hello', 'Ana'), 'Halo Ana'],
    [tId.tn('items', 1, 1), '1 barang'],
    [tId.tn('items', 1000, 1000), '1.000 barang'],
    [tId.t('only_en'), 'Only in English'],
    [tId.t('nowhere'), 'nowhere'],
  ])('%s', (actual, expected) => expect(actual).toBe(expected));
});

/** A catalog source from plain texts. */
function source(language: 'en' | 'id', messages: Record<string, string>): MessageSource {
  return catalogSource(language, Object.fromEntries(Object.entries(messages).map(([k, message]) => [k, { message }])));
}

describe('setMessages', () => {
  afterEach(() => setMessages(ENGLISH));

  it("serves the new source's texts from then on", () => {
    const first = source('en', { creators_overlay_add: 'Add' });
    const second = source('en', { creators_overlay_add: 'Queue it' });
    setMessages(first);
    expect([t('creators_overlay_add'), t('creators_overlay_add')]).toEqual(['Add', 'Add']);
    setMessages(second);
    expect(t('creators_overlay_add')).toBe('Queue it');
  });
});

describe('chooseLanguage', () => {
  it.each([
    [['id-ID', 'en'], 'id'],
    [['in'], 'id'],
    [['vi_VN'], 'vi'],
    [['th', 'vi'], 'vi'],
    [[undefined, '', 'EN-gb'], 'en'],
    [['fr'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (tags, expected) => expect(chooseLanguage(...tags)).toBe(expected));
});

describe('formatSubs', () => {
  it.each([
    ['en', 1234567, '1,234,567'],
    ['id', 1234567, '1.234.567'],
    ['vi', 1234567, '1.234.567'],
    ['en', 0.5, '0.5'],
  ] as const)('%s: %d reads %s', (lang, n, text) => {
    expect(formatSubs(lang, [n])).toEqual([text]);
  });

  it('passes strings through untouched', () => {
    expect(formatSubs('vi', ['1000', '@a', ''])).toEqual(['1000', '@a', '']);
  });
});
