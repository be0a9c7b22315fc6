/**
 * Shared zod/mini pieces for the page's JSON. The page is untrusted: every string is bounded,
 * ids are restricted to the characters real ids use (they end up in URLs we build), and list rows
 * are validated one by one so one odd row costs that row, not the whole response.
 */
import { z } from 'zod/mini';
import { stripBidi } from '../format/bidi';

export const MAX_TEXT = 2000;
export const MAX_ROWS = 1000;

export const text = z.string().check(z.maxLength(MAX_TEXT));
/** Numbers arrive as numbers or numeric strings ("12345.67", "1700000000000"). */
export const numLike = z.union([z.number(), z.string().check(z.maxLength(40))]);
/** Booleans arrive as booleans, 0/1, or "true"/"false". */
export const boolLike = z.union([z.boolean(), z.number(), z.string().check(z.maxLength(8))]);
export const idLike = z.union([z.string().check(z.maxLength(64)), z.number()]);

/** zod's own test for what `z.object` may parse: any object but null and arrays. */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A field sent wrapped as `{ value }` (creator search) or occasionally bare, read the way zod read
 * `union([object({ value }), inner])`: any object but an array is a wrapper (its `value` may be absent;
 * other keys are ignored), anything else is the bare value. Taking the wrapper off before zod checks the
 * row makes the field one flat `nullish(inner)` check instead of a union around a nested object: the same
 * verdicts as long as `inner` accepts no object (primitives only), for half the zod steps.
 */
export function fieldValue(v: unknown): unknown {
  return isObject(v) ? v.value : v;
}

/** `inner`, null or undefined. */
export function nullish<T extends z.core.SomeType>(inner: T) {
  return z.optional(z.nullable(inner));
}

export function unwrap(v: unknown): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v) && 'value' in v) return (v as { value: unknown }).value;
  return v;
}

const NUM_RE = /^-?\d+(\.\d+)?$/;
export function toNum(v: unknown): number | null {
  const u = unwrap(v);
  if (typeof u === 'number') return Number.isFinite(u) ? u : null;
  if (typeof u !== 'string') return null;
  const s = u.trim();
  return NUM_RE.test(s) ? Number(s) : null;
}

export function toBool(v: unknown): boolean | null {
  const u = unwrap(v);
  if (typeof u === 'boolean') return u;
  if (u === 1 || u === '1' || u === 'true') return true;
  if (u === 0 || u === '0' || u === 'false') return false;
  return null;
}

/** Page text as we keep it: bidi controls removed (lib/format/bidi.ts). */
export function toText(v: unknown): string | null {
  const u = unwrap(v);
  return typeof u === 'string' ? stripBidi(u) : typeof u === 'number' ? String(u) : null;
}

const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;
/** An id we may put into a URL, or null. */
export function toId(v: unknown): string | null {
  const u = unwrap(v);
  const s = typeof u === 'number' && Number.isSafeInteger(u) ? String(u) : typeof u === 'string' ? u.trim() : null;
  return s && ID_RE.test(s) ? s : null;
}

/** "19.99" → 1999 (minor units); null when not a number. */
export function toCents(v: unknown): number | null {
  const n = toNum(v);
  return n == null ? null : Math.round(n * 100);
}

/** The `{ code, message, data }` envelope every endpoint answers with. */
export const envelopeSchema = z.object({
  code: numLike,
  message: z.optional(z.nullable(text)),
  data: z.optional(z.nullable(z.unknown())),
});

export type Envelope = { code: number; message: string; data: unknown };

export function parseEnvelope(json: unknown): Envelope | null {
  const r = envelopeSchema.safeParse(json);
  if (!r.success) return null;
  const code = toNum(r.data.code);
  if (code == null) return null;
  return { code, message: r.data.message ?? '', data: r.data.data ?? null };
}

/** What parseRows checks a row with: a zod schema, or a function around one. */
export interface RowSchema<R> {
  safeParse(row: unknown): { success: true; data: R } | { success: false };
}

/** Validate each row; keep the good ones and count the rest. */
export function parseRows<R, T>(
  schema: RowSchema<R>,
  rows: unknown,
  normalise: (row: R) => T | null,
): { rows: T[]; dropped: number } | null {
  if (!Array.isArray(rows) || rows.length > MAX_ROWS) return null;
  const out: T[] = [];
  let dropped = 0;
  for (const raw of rows) {
    const r = schema.safeParse(raw);
    const n = r.success ? normalise(r.data) : null;
    if (n == null) dropped++;
    else out.push(n);
  }
  return { rows: out, dropped };
}
