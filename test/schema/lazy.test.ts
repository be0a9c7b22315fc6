import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { lazy } from '@/lib/schema/lazy';

function counted() {
  let builds = 0;
  const schema = lazy(() => {
    builds++;
    return z.object({ a: z.number(), tag: z.optional(z.string()) });
  });
  return { schema, builds: () => builds };
}

describe('lazy schema', () => {
  it('is built on first use, once', () => {
    const c = counted();
    expect(c.builds()).toBe(0);
    expect(c.schema.safeParse({ a: 1 }).success).toBe(true);
    expect(c.schema.safeParse({ a: 'x' }).success).toBe(false);
    expect(c.builds()).toBe(1);
  });

  it('is not built when only another lazy schema that holds it is defined', () => {
    const c = counted();
    const outer = lazy(() => z.object({ list: z.array(c.schema) }));
    expect(c.builds()).toBe(0);
    expect(outer.safeParse({ list: [{ a: 1 }] }).success).toBe(true);
    expect(c.builds()).toBe(1);
  });

  const eager = z.object({ a: z.number(), tag: z.optional(z.string()) });
  it.each<[string, (s: typeof eager) => z.ZodMiniType]>([
    ['itself', (s) => s],
    ['in an array', (s) => z.array(s)],
    ['optional and nullable', (s) => z.optional(z.nullable(s))],
    ['in a union', (s) => z.union([s, z.string()])],
    ['in an object', (s) => z.object({ inner: s })],
  ])('parses exactly like the eager schema: %s', (_name, wrap) => {
    const inputs = [{ a: 1 }, { a: 1, tag: 't' }, { a: 'no' }, null, undefined, 'text', [{ a: 2 }], { inner: { a: 3 } }];
    const withLazy = wrap(counted().schema);
    const withEager = wrap(eager);
    for (const x of inputs) expect(withLazy.safeParse(x)).toEqual(withEager.safeParse(x));
  });

  it('works as a discriminated union option and keeps instanceof', () => {
    const a = lazy(() => z.object({ type: z.literal('a'), n: z.number() }));
    const u = z.discriminatedUnion('type', [a, z.object({ type: z.literal('b') })]);
    expect(u.safeParse({ type: 'a', n: 1 })).toEqual({ success: true, data: { type: 'a', n: 1 } });
    expect(u.safeParse({ type: 'a', n: 'x' }).success).toBe(false);
    expect(u.safeParse({ type: 'c' }).success).toBe(false);
    expect(a instanceof z.ZodMiniType).toBe(true);
  });
});
