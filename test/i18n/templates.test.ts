/**
 * templatedGet asks the browser once per key and fills substitutions itself: checked against a model of
 * Chrome's getMessage over the catalogs the build writes to _locales, for awkward substitutions too.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { followBrowserLanguage } from '@/components/common/i18n';
import { RowOverlayDom } from '@/components/creators/overlay-dom';
import { LANGUAGES, placeholdersOf } from '@/lib/i18n/catalog';
import { ENGLISH } from '@/lib/i18n/english';
import { setMessages, t } from '@/lib/i18n';
import { type GetMessage, TEMPLATE_CACHE_LIMIT, templatedGet } from '@/lib/i18n/templates';
import { catalogSource } from '@/lib/i18n/translate';
import { localeFiles } from '@/scripts/locales';
import { creator, THRESHOLDS } from '../creators/helpers';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * Chrome loading a message (extension_message_bundle.cc, ReplaceVariables): each `$name$` becomes its
 * placeholder's content, names compared case-insensitively; a valid name with no placeholder fails the load.
 */
function loadMessage(entry: Entry): string {
  if (!entry.placeholders) return entry.message;
  const vars = new Map(Object.entries(entry.placeholders).map(([k, v]) => [k.toLowerCase(), v.content]));
  let msg = entry.message;
  let beg = 0;
  for (;;) {
    beg = msg.indexOf('$', beg);
    if (beg < 0 || beg + 1 >= msg.length) return msg;
    beg += 1;
    const end = msg.indexOf('$', beg);
    if (end < 0) return msg;
    const name = msg.slice(beg, end);
    if (!/^[A-Za-z0-9_@]+$/.test(name)) continue;
    const value = vars.get(name.toLowerCase());
    if (value === undefined) throw new Error(`Variable $${name}$ used but not defined.`);
    msg = msg.slice(0, beg - 1) + value + msg.slice(end + 1);
    beg += value.length - 1;
  }
}

/**
 * Chrome filling it (base::ReplaceStringPlaceholders): `$1`…`$9` once, a missing substitution is empty; in a
 * run of `$`, the first is dropped; `$` before anything else is dropped with that character, and at the end too.
 */
function chromeFill(format: string, subs: readonly string[]): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    if (format[i] !== '$') {
      out += format[i];
      continue;
    }
    if (i + 1 === format.length) continue;
    i++;
    if (format[i] === '$') {
      while (i < format.length && format[i] === '$') {
        out += '$';
        i++;
      }
      i--;
      continue;
    }
    const index = format.charCodeAt(i) - '1'.charCodeAt(0);
    if (index < 0 || index > 8) continue;
    if (index < subs.length) out += subs[index];
  }
  return out;
}

/** chrome.i18n.getMessage over one messages.json: '' for an unknown key, undefined past 9 substitutions. */
function chromeGetMessage(messages: Record<string, Entry>, uiLocale = 'en_US') {
  const loaded = new Map(Object.entries(messages).map(([k, e]) => [k.toLowerCase(), loadMessage(e)]));
  const calls = new Map<string, number>();
  const get: GetMessage = (key, subs) => {
    calls.set(key, (calls.get(key) ?? 0) + 1);
    if (subs.length > 9) return undefined;
    if (key === '@@ui_locale') return uiLocale;
    const m = loaded.get(key.toLowerCase());
    return m === undefined ? '' : chromeFill(m, subs);
  };
  return { get, calls };
}

/** What the build writes to _locales/<lang>/messages.json, read back as the browser reads it. */
const BUILT = Object.fromEntries(
  localeFiles().map((f) => [f.relativeDest.split('/')[1], JSON.parse(f.contents) as Record<string, Entry>]),
) as Record<(typeof LANGUAGES)[number], Record<string, Entry>>;

const SUB_SETS: Array<[string, string[]]> = [
  ['none', []],
  ['one name', ['Ana']],
  ['dollar patterns', ['$1', '$$', '$', '$$1', '$2$', '$9', '$0', '$$$', '$x']],
  ['empty strings', ['', '', '']],
  ['unicode', ['Tiếng Việt', 'ünï 🎉 日本語', '\u200f', 'a\nb']],
  ['sentinel characters', ['\uE000', '\uE001x\uE008', '\uE000\uE000', '\uE009\uF8FF']],
  ['nine', ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9']],
  ['numbers', ['1,000', '1.000', '-0']],
  ['ten (Chrome refuses)', ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']],
];

describe('templatedGet on the built catalogs', () => {
  it('has catalogs with substitutions to check, and no sentinel character in any message', () => {
    for (const lang of LANGUAGES) {
      const messages = Object.values(BUILT[lang]).map((e) => e.message);
      expect(messages.filter((m) => placeholdersOf(m).length > 0).length, lang).toBeGreaterThan(150);
      expect(messages.filter((m) => /[\uE000-\uE008]/.test(m)), lang).toEqual([]);
    }
  });

  describe.each(LANGUAGES)('%s', (lang) => {
    const keys = Object.keys(BUILT[lang]);

    it.each(SUB_SETS)('gives the browser text for every message with %s, asking once per key', (_, subs) => {
      const native = chromeGetMessage(BUILT[lang]);
      const reference = chromeGetMessage(BUILT[lang]).get;
      const get = templatedGet(native.get);
      const wrong: string[] = [];
      for (const round of [subs, subs, ['other'], subs]) {
        for (const key of keys) {
          const got = get(key, round);
          if (got !== reference(key, round)) wrong.push(`${key}: ${JSON.stringify(got)}`);
        }
      }
      expect(wrong).toEqual([]);
      // Past 9 substitutions each call goes to the browser (which refuses them): 3 rounds, plus the
      // template for ['other']. Else once per key.
      const expected = subs.length > 9 ? 4 : 1;
      expect(new Set(keys.map((k) => native.calls.get(k)))).toEqual(new Set([expected]));
    });

    // catalogSource (a page language other than the browser's) fills with its own one-pass regex, no
    // native call: it must give the browser's text too.
    it.each(SUB_SETS.filter(([, s]) => s.length <= 9))('catalogSource gives the browser text with %s', (_, subs) => {
      const reference = chromeGetMessage(BUILT[lang]).get;
      const source = catalogSource(lang, BUILT[lang]);
      const wrong = keys.filter((key) => source.get(key, subs) !== reference(key, subs));
      expect(wrong).toEqual([]);
    });
  });
});

describe('templatedGet on awkward messages', () => {
  const MESSAGES: Record<string, Entry> = {
    hello: { message: 'Hello $1' },
    order: { message: '$2 before $1, $1 again, $9 last' },
    dollars: { message: 'Costs $$$1, $$1 is literal, 100$$' },
    odd: { message: 'odd $x and $0 and a trailing $' },
    named: {
      message: 'Hi $NAME$, you have $count$ ($1 $$)',
      placeholders: { name: { content: '$1' }, COUNT: { content: '$2 items at $$$3' } },
    },
    bare: { message: 'No substitutions' },
    only: { message: '$1' },
    empty: { message: '' },
  };
  const keys = [...Object.keys(MESSAGES), 'HELLO', 'Named', 'missing', '@@ui_locale'];

  it.each(SUB_SETS)('matches Chrome with %s', (_, subs) => {
    const native = chromeGetMessage(MESSAGES);
    const reference = chromeGetMessage(MESSAGES).get;
    const get = templatedGet(native.get);
    for (const round of [subs, [], subs]) {
      for (const key of keys) expect(get(key, round), `${key} ${JSON.stringify(round)}`).toBe(reference(key, round));
    }
  });

  it.each<[string, string[], string]>([
    ['hello', ['$1'], 'Hello $1'],
    ['hello', ['\uE000'], 'Hello \uE000'],
    ['order', ['a', 'b'], 'b before a, a again,  last'],
    ['dollars', ['5'], 'Costs $$1, $1 is literal, 100$'],
    ['odd', ['x'], 'odd  and  and a trailing '],
    ['named', ['Ana', '3', '$'], 'Hi Ana, you have 3 items at $$3 (Ana $)'],
    ['only', [''], ''],
    ['missing', ['a'], ''],
  ])('%s with %j is %j', (key, subs, expected) => {
    expect(templatedGet(chromeGetMessage(MESSAGES).get)(key, subs)).toBe(expected);
  });

  it('remembers a missing key and an empty message as missing', () => {
    const native = chromeGetMessage(MESSAGES);
    const get = templatedGet(native.get);
    for (const subs of [[], ['a'], ['b', 'c']]) {
      expect(get('missing', subs)).toBe('');
      expect(get('empty', subs)).toBe('');
    }
    expect(native.calls.get('missing')).toBe(1);
    expect(native.calls.get('empty')).toBe(1);
  });

  it('forgets the oldest template past its limit, and asks again for it', () => {
    const native = chromeGetMessage(MESSAGES);
    const get = templatedGet(native.get, 2);
    for (const key of ['hello', 'bare', 'only', 'hello']) get(key, ['x']);
    expect(native.calls.get('hello')).toBe(2);
    expect(TEMPLATE_CACHE_LIMIT).toBeGreaterThan(Object.keys(BUILT.en).length + 10);
  });
});

describe('a failing getMessage is asked again', () => {
  /** The browser's getMessage that fails (throws, or answers undefined) while `failing` says so. */
  function flaky(failure: 'throw' | 'undefined') {
    const native = chromeGetMessage({ hello: { message: 'Hello $1' } });
    const state = { failing: true };
    const get: GetMessage = (key, subs) => {
      if (!state.failing) return native.get(key, subs);
      native.calls.set(key, (native.calls.get(key) ?? 0) + 1);
      if (failure === 'throw') throw new Error('Extension context invalidated.');
      return undefined;
    };
    return { get, state, calls: native.calls };
  }

  it.each(['throw', 'undefined'] as const)('after a %s', (failure) => {
    const f = flaky(failure);
    const get = templatedGet(f.get);
    for (let i = 0; i < 2; i++) {
      if (failure === 'throw') expect(() => get('hello', ['a'])).toThrow('invalidated');
      else expect(get('hello', ['a'])).toBeUndefined();
    }
    f.state.failing = false;
    expect(get('hello', ['a'])).toBe('Hello a');
    expect(get('hello', ['b'])).toBe('Hello b');
    expect(f.calls.get('hello')).toBe(3);
  });
});

describe('browser.i18n in an extension context (components/common/i18n.ts)', () => {
  /** browser.i18n over the built English catalog; every getMessage throws while `dead`. */
  function stubBrowser() {
    const native = chromeGetMessage(BUILT.en);
    const state = { dead: false };
    const i18n = {
      getMessage: (key: string, subs: string[]) => {
        if (state.dead) {
          native.calls.set(key, (native.calls.get(key) ?? 0) + 1);
          throw new Error('Extension context invalidated.');
        }
        return native.get(key, subs) ?? '';
      },
      getUILanguage: () => 'en-US',
    };
    vi.stubGlobal('browser', { i18n });
    return { calls: native.calls, state };
  }

  afterEach(() => {
    vi.unstubAllGlobals();
    setMessages(ENGLISH);
  });

  it('a key that failed while the context was invalid is asked again, not taken as missing', () => {
    const b = stubBrowser();
    b.state.dead = true;
    followBrowserLanguage();
    expect(t('creators_overlay_region', 'ana')).toBe('creators_overlay_region');
    b.state.dead = false;
    expect(t('creators_overlay_region', 'bob')).toBe('Collab Pilot: @bob');
    // A new translator (a second followBrowserLanguage) shares the templates: no new native call.
    followBrowserLanguage();
    expect(t('creators_overlay_region', 'ana')).toBe('Collab Pilot: @ana');
    expect(b.calls.get('creators_overlay_region')).toBe(2);
  });

  it('a Find creators page of 400 rows asks the browser once per key', () => {
    const b = stubBrowser();
    followBrowserLanguage();
    for (let i = 0; i < 400; i++) {
      const c = creator({
        id: String(i),
        handle: `creator.${i}`,
        followers: i * 37,
        gmv: i % 7 === 0 ? null : i * 13,
        gmvText: i % 5 === 0 ? `RM${i}K+` : undefined,
        engagement: i % 3 === 0 ? null : (i % 100) / 1000,
        sampleFulfilment: i % 4 === 0 ? null : (i % 10) / 10,
        blocked: i % 50 === 0,
      });
      const o = new RowOverlayDom(document, { creator: c, thresholds: THRESHOLDS, state: 'idle' }, () => {});
      // Some rows have their breakdown opened (a value per row in each part).
      if (i % 10 === 0) o.el.querySelector('.cp-fit')?.dispatchEvent(new MouseEvent('mouseenter'));
      expect(o.el.getAttribute('aria-label')).toBe(`Collab Pilot: @creator.${i}`);
    }
    expect([...b.calls.values()].filter((n) => n !== 1)).toEqual([]);
    expect(b.calls.size).toBeLessThan(40);
  });
});
