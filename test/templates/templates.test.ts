import { describe, expect, it } from 'vitest';
import { bodyProblemText } from '@/components/options/template-problems';
import { LIMITS } from '@/lib/config/limits';
import type { Language } from '@/lib/i18n';
import { countGraphemes } from '@/lib/rules/text';
import {
  blockingClause,
  DEFAULT_TEMPLATES,
  fillTemplate,
  hasProblems,
  parseTemplate,
  TEMPLATE_BOUNDS,
  TemplatesSchema,
  type TemplateValues,
  templateProblems,
} from '@/lib/templates';

const values: TemplateValues = {
  shop: 'Sunny Home',
  products: ['Blue mug', 'Tea set'],
  commissionBp: [1500, 1250],
  endDate: '2026-12-31',
  sample: 'free-sample',
  creators: ['anna.b'],
};
const BODY = '{creator}: {products} from {shop}, {commission}, until {end_date}, with {sample}.';

describe('fillTemplate, per language', () => {
  const cases: Array<{ language: Language; region?: string; text: string }> = [
    {
      language: 'en',
      text: '@anna.b: Blue mug and Tea set from Sunny Home, 12.5%–15%, until December 31, 2026, with a free sample.',
    },
    {
      language: 'en',
      region: 'GB',
      text: '@anna.b: Blue mug and Tea set from Sunny Home, 12.5%–15%, until 31 December 2026, with a free sample.',
    },
    {
      language: 'id',
      text: '@anna.b: Blue mug dan Tea set from Sunny Home, 12,5%–15%, until 31 Desember 2026, with sampel gratis.',
    },
    {
      language: 'vi',
      text: '@anna.b: Blue mug và Tea set from Sunny Home, 12,5%–15%, until 31 tháng 12, 2026, with mẫu thử miễn phí.',
    },
  ];
  for (const c of cases) {
    it(`${c.language}${c.region ? `-${c.region}` : ''}`, () => {
      const r = fillTemplate(BODY, values, c.language, c.region);
      expect(r.text).toBe(c.text);
      expect(r).toMatchObject({ missing: [], creatorNotSingle: false, tooLong: false, errors: [] });
    });
  }

  it('names three products and counts the rest, in each language', () => {
    const many = { ...values, products: ['a', 'b', 'c', 'd', 'e'] };
    expect(fillTemplate('{products}', many, 'en').text).toBe('a, b, c, and 2 more');
    expect(fillTemplate('{products}', many, 'id').text).toBe('a, b, c, dan 2 produk lainnya');
    expect(fillTemplate('{products}', many, 'vi').text).toBe('a, b, c và 2 sản phẩm khác');
  });

  it('writes one rate once, and each sample offer in the language', () => {
    const one = { ...values, commissionBp: [1500, 1500], sample: 'refund-first-sale' as const };
    expect(fillTemplate('{commission} {sample}', one, 'en').text).toBe('15% a sample refunded after your first sale');
    expect(fillTemplate('{commission} {sample}', { ...one, sample: 'none' }, 'id').text).toBe(
      '15% tanpa sampel gratis',
    );
  });
});

describe('fillTemplate, what it cannot fill', () => {
  const cases: Array<{
    name: string;
    body: string;
    values: Partial<TemplateValues>;
    text: string;
    missing: string[];
    creatorNotSingle?: boolean;
  }> = [
    {
      name: 'unknown shop is left out before punctuation',
      body: 'Hi from {shop}. Bye',
      values: { shop: null },
      text: 'Hi from. Bye',
      missing: ['shop'],
    },
    {
      name: 'unknown shop is left out mid-sentence',
      body: 'Hi from {shop} team',
      values: { shop: '  ' },
      text: 'Hi from team',
      missing: ['shop'],
    },
    { name: 'at a line start', body: 'Hi\n{shop} here', values: { shop: null }, text: 'Hi\nhere', missing: ['shop'] },
    {
      name: 'no products, no rates, no date, no sample',
      body: '{products}|{commission}|{end_date}|{sample}',
      values: { products: [], commissionBp: null, endDate: null, sample: null },
      text: '|||',
      missing: ['products', 'commission', 'end_date', 'sample'],
    },
    {
      name: 'a date that is not a date',
      body: 'until {end_date}!',
      values: { endDate: '31/12/2026' },
      text: 'until!',
      missing: ['end_date'],
    },
    {
      name: 'two creators: {creator} is not filled',
      body: 'Hi {creator}!',
      values: { creators: ['a', 'b'] },
      text: 'Hi!',
      missing: [],
      creatorNotSingle: true,
    },
    {
      name: 'creators unknown',
      body: 'Hi {creator}!',
      values: { creators: null },
      text: 'Hi!',
      missing: [],
      creatorNotSingle: true,
    },
    {
      name: 'a name, not a handle, is written as it is',
      body: 'Hi {creator}!',
      values: { creators: ['Anna B'] },
      text: 'Hi Anna B!',
      missing: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = fillTemplate(c.body, { ...values, ...c.values }, 'en');
      expect(r.text).toBe(c.text);
      expect(r.missing).toEqual(c.missing);
      expect(r.creatorNotSingle).toBe(c.creatorNotSingle ?? false);
    });
  }
});

describe('the 500-character limit, counted as graphemes', () => {
  const limit = LIMITS.messageMaxChars;
  const cases: Array<{ name: string; body: string; graphemes: number; tooLong: boolean }> = [
    { name: 'exactly the limit', body: 'a'.repeat(limit), graphemes: limit, tooLong: false },
    { name: 'one over', body: 'a'.repeat(limit + 1), graphemes: limit + 1, tooLong: true },
    {
      name: 'flags are one each (1,000 UTF-16 units)',
      body: '🇻🇳🇮🇩'.repeat(limit / 2),
      graphemes: limit,
      tooLong: false,
    },
    { name: 'Vietnamese letters with marks', body: 'ệ'.repeat(limit + 1), graphemes: limit + 1, tooLong: true },
    {
      name: 'the filled value counts, not the variable',
      body: `${'a'.repeat(limit - 10)}{shop}`,
      graphemes: limit - 10 + 10,
      tooLong: false,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = fillTemplate(c.body, { ...values, shop: 'Sunny Home' }, 'vi');
      expect(r.graphemes).toBe(c.graphemes);
      expect(r.graphemes).toBe(countGraphemes(r.text));
      expect(r.tooLong).toBe(c.tooLong);
      expect(blockingClause(r) !== null).toBe(c.tooLong);
    });
  }
});

describe('validation (must-fix in the editor)', () => {
  const cases: Array<{ body: string; codes: string[] }> = [
    { body: 'Hi {shop}', codes: [] },
    { body: 'Hi {foo}', codes: ['unknown-variable'] },
    { body: 'Hi {Shop}', codes: ['unknown-variable'] },
    { body: 'Hi {}', codes: ['unknown-variable'] },
    { body: 'Hi {shop', codes: ['unclosed-brace'] },
    { body: 'Hi shop}', codes: ['unopened-brace'] },
    { body: 'Hi {{shop}', codes: ['unclosed-brace'] },
    { body: 'Hi {shop}}', codes: ['unopened-brace'] },
    { body: '', codes: ['body-empty'] },
    { body: 'x'.repeat(TEMPLATE_BOUNDS.bodyMaxChars + 1), codes: ['body-too-long'] },
  ];
  for (const c of cases) {
    it(JSON.stringify(c.body.slice(0, 20)), () => {
      const p = templateProblems({ name: 'A', body: c.body });
      expect(p.body.map((b) => b.code)).toEqual(c.codes);
      for (const b of p.body) expect(bodyProblemText(b)).not.toMatch(/options_tpl_/);
    });
  }

  it('says where and what', () => {
    const [unknown] = parseTemplate('Hi {foo}').errors;
    expect(bodyProblemText(unknown!)).toBe(
      '“{foo}” is not a variable Collab Pilot knows. Use one of {shop}, {products}, {commission}, {end_date}, {sample}, {creator}.',
    );
    expect(bodyProblemText(parseTemplate('ab {x').errors[0]!)).toBe('The “{” at character 4 has no closing “}”.');
  });

  it('needs a name of at most 60 characters', () => {
    expect(templateProblems({ name: ' ', body: 'x' }).name).toBe('name-empty');
    expect(templateProblems({ name: 'n'.repeat(61), body: 'x' }).name).toBe('name-too-long');
    expect(hasProblems(templateProblems({ name: 'n'.repeat(60), body: 'x' }))).toBe(false);
  });

  it('a template with errors is never filled', () => {
    const r = fillTemplate('Hi {foo} from {shop}', values, 'en');
    expect(r.text).toBe('');
    expect(blockingClause(r)).toMatch(/mistakes/);
  });
});

describe('stored templates', () => {
  it('the defaults are valid, fill without errors in each language and fit the message box', () => {
    expect(TemplatesSchema.safeParse(DEFAULT_TEMPLATES).success).toBe(true);
    expect(DEFAULT_TEMPLATES.map((t) => t.kind)).toEqual(['invitation', 'follow-up']);
    for (const t of DEFAULT_TEMPLATES)
      for (const lang of ['en', 'id', 'vi'] as const) {
        const r = fillTemplate(
          t.body,
          { ...values, products: Array.from({ length: 100 }, (_, i) => `Product with a long name ${i}`) },
          lang,
        );
        expect(blockingClause(r)).toBeNull();
      }
  });

  it('are bounded: 20 templates, ids unique, name and body sizes', () => {
    const t = (i: number) => ({ id: `t${i}`, name: 'n', kind: 'invitation', body: 'b' });
    expect(TemplatesSchema.safeParse(Array.from({ length: 20 }, (_, i) => t(i))).success).toBe(true);
    expect(TemplatesSchema.safeParse(Array.from({ length: 21 }, (_, i) => t(i))).success).toBe(false);
    expect(TemplatesSchema.safeParse([t(1), t(1)]).success).toBe(false);
    expect(TemplatesSchema.safeParse([{ ...t(1), name: 'n'.repeat(61) }]).success).toBe(false);
    expect(TemplatesSchema.safeParse([{ ...t(1), body: 'b'.repeat(2001) }]).success).toBe(false);
    expect(TemplatesSchema.safeParse([{ ...t(1), kind: 'reminder' }]).success).toBe(false);
    expect(TemplatesSchema.safeParse([{ ...t(1), id: 'a b' }]).success).toBe(false);
  });
});
