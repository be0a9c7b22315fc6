/**
 * Structural equality for the queue's JSON-like data, and a map keyed by it. Used to give entries
 * with equal terms one shared terms object, and to validate a bulk add's repeated terms once.
 */

const MAX_DEPTH = 16;

/** Same own keys and values, recursively; `===` for primitives (so NaN never matches). */
export function sameData(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  // Deeper than any queue data goes: refuse rather than recurse (a cyclic object is never equal).
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth > MAX_DEPTH) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i], depth + 1)) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let keys = 0;
  for (const k in x) {
    if (!Object.hasOwn(x, k)) continue;
    keys++;
    if (!Object.hasOwn(y, k) || !sameData(x[k], y[k], depth + 1)) return false;
  }
  for (const k in y) if (Object.hasOwn(y, k)) keys--;
  return keys === 0;
}

const part = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === undefined || v === null
    ? String(v)
    : typeof v;

/** Cheap text that equal terms always share (unequal terms may share it too): a bucket, not a key. */
export function termsPrint(terms: unknown): string {
  if (typeof terms !== 'object' || terms === null) return part(terms);
  const t = terms as Record<string, unknown>;
  const products = Array.isArray(t.products) ? (t.products as unknown[]) : null;
  const first = products?.[0];
  const p = typeof first === 'object' && first !== null ? (first as Record<string, unknown>) : {};
  return `${part(t.feeStructure)}|${part(t.contentType)}|${part(t.flashSale)}|${part(t.endsAt)}|${part(t.durationDays)}|${products?.length}|${part(p.id)}|${part(p.targetRateBp)}`;
}

/** A map whose keys match by `sameData` (after `termsPrint` picks the bucket). */
export class TermsMap<V> {
  private buckets = new Map<string, Array<{ key: unknown; value: V }>>();

  get(key: unknown): V | undefined {
    const bucket = this.buckets.get(termsPrint(key));
    if (bucket) for (const item of bucket) if (sameData(item.key, key)) return item.value;
    return undefined;
  }

  set(key: unknown, value: V): void {
    const print = termsPrint(key);
    const bucket = this.buckets.get(print);
    if (bucket) bucket.push({ key, value });
    else this.buckets.set(print, [{ key, value }]);
  }
}

/**
 * Returns, for each value passed, the first equal value it was passed, so equal terms become one
 * object (a structured clone then stores and copies them once).
 */
export function shareEqualTerms<T>(): (value: T) => T {
  const seen = new TermsMap<T>();
  return (value) => {
    const known = seen.get(value);
    if (known !== undefined) return known;
    seen.set(value, value);
    return value;
  };
}
