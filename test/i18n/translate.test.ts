import { afterEach, describe, expect, it } from 'vitest';
import { setMessages, t } from '@/lib/i18n';
import { placeholdersOf } from '@/lib/i18n/catalog';
import { ENGLISH } from '@/lib/i18n/english';
import { chooseLanguage } from '@/lib/i18n/language';
import { catalogSource, createTranslator, fill, formatSubs, type MessageSource, type Sub, TEXT_CACHE_LIMIT } from '@/lib/i18n/translate';
import { LANGUAGES } from '@/lib/i18n/catalog';

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

/** A catalog source that records every key it is asked for (in the extension, each is a native call). */
function counting(language: 'en' | 'id', messages: Record<string, string>) {
  const asked: string[] = [];
  const inner = catalogSource(language, Object.fromEntries(Object.entries(messages).map(([k, message]) => [k, { message }])));
  const source: MessageSource = {
    language,
    get: (key, subs) => {
      asked.push(key);
      return inner.get(key, subs);
    },
  };
  return { source, asked };
}
const MESSAGES = { hello: 'Hello $1', pair: '$1/$2', items_one: '$1 item', items_other: '$1 items' };

describe('translator cache', () => {
  type Call = (tr: ReturnType<typeof createTranslator>) => string;
  const hello = (...subs: Sub[]): Call => (tr) => tr.t('hello', ...subs);
  const pair = (a: Sub, b: Sub): Call => (tr) => tr.t('pair', a, b);
  const items = (n: number): Call => (tr) => tr.tn('items', n, n);

  it.each<[string, Call, Call, string, string, number]>([
    ['same key and subs: one lookup', hello('Ana'), hello('Ana'), 'Hello Ana', 'Hello Ana', 1],
    ['other subs: a new lookup', hello('Ana'), hello('Bo'), 'Hello Ana', 'Hello Bo', 2],
    ['a number and the same digits as a string differ', hello(1000), hello('1000'), 'Hello 1,000', 'Hello 1000', 2],
    ['0 and -0 differ (Intl shows "-0")', hello(0), hello(-0), 'Hello 0', 'Hello -0', 2],
    ['subs cannot run into each other', pair('a\u0000sb', 'c'), pair('a', 'b\u0000sc'), 'a\u0000sb/c', 'a/b\u0000sc', 2],
    ['a string cannot pass for a number', pair('1\u0000n2', 3), pair(1, '2\u0000n3'), '1\u0000n2/3', '1/2\u0000n3', 2],
    ['plural, same count: one lookup', items(3), items(3), '3 items', '3 items', 1],
    ['plural, another form: a new lookup', items(1), items(2), '1 item', '2 items', 2],
    ['t and tn never share an entry', (tr) => tr.t('items_other', 2), items(2), '2 items', '2 items', 2],
  ])('%s', (_, first, second, text1, text2, lookups) => {
    const { source, asked } = counting('en', MESSAGES);
    const tr = createTranslator(source, source);
    expect([first(tr), second(tr)]).toEqual([text1, text2]);
    expect(asked).toHaveLength(lookups);
  });

  it('a miss is remembered too: the source and its fallback are asked once', () => {
    const own = counting('id', {});
    const fallback = counting('en', MESSAGES);
    const tr = createTranslator(own.source, fallback.source);
    expect([tr.t('hello', 'Ana'), tr.t('hello', 'Ana'), tr.t('nowhere'), tr.t('nowhere')]).toEqual(['Hello Ana', 'Hello Ana', 'nowhere', 'nowhere']);
    expect(own.asked).toEqual(['hello', 'nowhere']);
    expect(fallback.asked).toEqual(['hello', 'nowhere']);
  });

  it(`keeps at most ${TEXT_CACHE_LIMIT} texts, dropping the oldest first`, () => {
    const { source, asked } = counting('en', MESSAGES);
    const tr = createTranslator(source, source);
    for (let i = 0; i <= TEXT_CACHE_LIMIT; i++) tr.t('hello', i);
    expect(asked).toHaveLength(TEXT_CACHE_LIMIT + 1);
    tr.t('hello', TEXT_CACHE_LIMIT); // the newest is still there
    expect(asked).toHaveLength(TEXT_CACHE_LIMIT + 1);
    expect(tr.t('hello', 0)).toBe('Hello 0'); // the oldest went when the limit was passed
    expect(asked).toHaveLength(TEXT_CACHE_LIMIT + 2);
  });
});

describe('setMessages', () => {
  afterEach(() => setMessages(ENGLISH));

  it('starts a fresh cache: the new source is asked, not the old text served', () => {
    const first = counting('en', { creators_overlay_add: 'Add' });
    const second = counting('en', { creators_overlay_add: 'Queue it' });
    setMessages(first.source);
    expect([t('creators_overlay_add'), t('creators_overlay_add')]).toEqual(['Add', 'Add']);
    setMessages(second.source);
    expect([t('creators_overlay_add'), t('creators_overlay_add')]).toEqual(['Queue it', 'Queue it']);
    expect([first.asked, second.asked]).toEqual([['creators_overlay_add'], ['creators_overlay_add']]);
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

it('lists the substitutions a message uses', () => {
  expect(placeholdersOf('$2 of $1, $$ and $1')).toEqual([1, 2]);
});

describe('formatSubs', () => {
  // Safe integers skip Intl: they must read exactly as Intl writes them, in every language we have.
  const powers = Array.from({ length: 16 }, (_, i) => 10 ** i);
  const numbers = [
    ...Array.from({ length: 1999 }, (_, i) => i - 999),
    ...Array.from({ length: 200 }, (_, i) => i * 997 + 990),
    ...powers.flatMap((p) => [p - 1, p, p + 1, -p, -(p + 1)]),
    1008, 12345, 123456, 1234567, -1234567, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER,
    // Intl's own: not safe integers.
    Number.MAX_SAFE_INTEGER + 2, 0.5, -0, -0.5, 1234.5, 1e21, Number.NaN, Number.POSITIVE_INFINITY,
  ];
  it.each(LANGUAGES)('%s: every number reads as Intl.NumberFormat writes it', (lang) => {
    const intl = new Intl.NumberFormat(lang);
    const got = numbers.map((n) => formatSubs(lang, [n])[0]);
    expect(got).toEqual(numbers.map((n) => intl.format(n)));
  });

  it('passes strings through untouched', () => {
    expect(formatSubs('vi', ['1000', '@a', ''])).toEqual(['1000', '@a', '']);
  });
});
