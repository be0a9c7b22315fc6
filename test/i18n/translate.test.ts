import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '@/lib/i18n/catalog';
import { chooseLanguage } from '@/lib/i18n/language';
import { catalogSource, createTranslator, fill } from '@/lib/i18n/translate';

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

it('lists the substitutions a message uses', () => {
  expect(placeholdersOf('$2 of $1, $$ and $1')).toEqual([1, 2]);
});
