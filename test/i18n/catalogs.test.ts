/**
 * Every language has every message: a key missing from a language, an extra key, a changed set of
 * substitutions or a missing plural form fails here, per area, with the key named.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Catalog, LANGUAGES } from '@/lib/i18n/catalog';
import { CATALOGS } from '@/scripts/locales';

/** Chrome accepts only ASCII letters, digits and `_` in keys, compared case-insensitively. */
const KEY_PATTERN = /^[A-Za-z0-9_]+$/;

/** The positional substitutions ($1…$9) a message uses; `$$` is a literal dollar sign. */
function placeholdersOf(message: string): number[] {
  const found = new Set<number>();
  for (const m of message.matchAll(/\$(\$|[1-9])/g)) if (m[1] !== '$') found.add(Number(m[1]));
  return [...found].sort((a, b) => a - b);
}

it('lists the substitutions a message uses', () => {
  expect(placeholdersOf('$2 of $1, $$ and $1')).toEqual([1, 2]);
});

const LOCALES = join(import.meta.dirname, '../../lib/i18n/locales');

function readArea(lang: string, file: string): Catalog {
  return JSON.parse(readFileSync(join(LOCALES, lang, file), 'utf8')) as Catalog;
}

const areas = readdirSync(join(LOCALES, 'en')).filter((f) => f.endsWith('.json'));

describe('message catalogs', () => {
  it('has the same area files in every language', () => {
    for (const lang of LANGUAGES) expect(readdirSync(join(LOCALES, lang)).sort(), lang).toEqual(areas.sort());
  });

  describe.each(areas)('%s', (file) => {
    const en = readArea('en', file);

    it('uses keys Chrome accepts and non-empty English texts', () => {
      for (const [key, entry] of Object.entries(en)) {
        expect(key, `${file}: ${key}`).toMatch(KEY_PATTERN);
        expect(entry.message.trim(), `${file}: ${key}`).not.toBe('');
      }
    });

    it.each(LANGUAGES.filter((l) => l !== 'en'))('is complete in %s', (lang) => {
      const other = readArea(lang, file);
      const missing = Object.keys(en).filter((k) => !(k in other) && !/_(zero|one|two|few|many)$/.test(k));
      const extra = Object.keys(other).filter((k) => !(k in en) && !/_(zero|one|two|few|many)$/.test(k));
      expect(missing, `${lang}/${file} lacks these keys`).toEqual([]);
      expect(extra, `${lang}/${file} has keys English does not`).toEqual([]);
      for (const [key, entry] of Object.entries(other)) {
        expect(entry.message.trim(), `${lang}/${file}: ${key} is empty`).not.toBe('');
        const base = key.replace(/_(zero|one|two|few|many|other)$/, '_other');
        const source = en[key] ?? en[base];
        expect(source, `${lang}/${file}: ${key} has no English source`).toBeDefined();
        expect(placeholdersOf(entry.message), `${lang}/${file}: ${key} substitutions`).toEqual(
          placeholdersOf(source?.message ?? ''),
        );
      }
    });

    it.each(LANGUAGES)('has every plural form %s needs', (lang) => {
      const catalog = readArea(lang, file);
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const key of Object.keys(en).filter((k) => k.endsWith('_other'))) {
        const base = key.slice(0, -'_other'.length);
        for (const c of categories) expect(catalog[`${base}_${c}`], `${lang}/${file}: ${base}_${c}`).toBeDefined();
      }
    });
  });

  it('merges areas into one messages.json per language with unique keys (Chrome ignores case)', () => {
    for (const lang of LANGUAGES) {
      const keys = Object.keys(CATALOGS[lang]).map((k) => k.toLowerCase());
      expect(new Set(keys).size, lang).toBe(keys.length);
    }
    expect(Object.keys(CATALOGS.id).sort()).toEqual(
      Object.keys(CATALOGS.en)
        .filter((k) => !/_(zero|one|two|few|many)$/.test(k))
        .sort(),
    );
  });

  it('names the extension in the manifest through messages', () => {
    for (const lang of LANGUAGES) {
      expect(CATALOGS[lang].app_name?.message, lang).toBe('Collab Pilot');
      expect(CATALOGS[lang].app_description?.message.length ?? 0, lang).toBeLessThanOrEqual(132); // Chrome's limit
    }
  });
});
