/**
 * A zod schema built on first use. The content script evaluates all its modules in one task on every
 * Seller Center page load; building every schema there (zod binds each schema's methods at
 * construction) cost ~70 ms of a ~140 ms start-up task on a 2-core machine, most of it for answers
 * the page may never send. Wrapped, a schema costs nothing until something parses with it or puts it
 * inside another schema that is itself being built.
 *
 * The proxy forwards every operation to the built schema with the schema itself as receiver, so zod's
 * own getters and bound methods see the real object; callers keep writing `schema.safeParse(x)`.
 */
const targets = new WeakMap<object, () => object>();

// Calls are side-effect free, so the bundler drops a lazy schema nothing uses (zod's own calls are marked alike).
/* @__NO_SIDE_EFFECTS__ */
export function lazy<T extends object>(build: () => T): T {
  let built: T | undefined;
  const target = (): T => {
    built ??= build();
    return built;
  };
  const proxy = new Proxy({} as T, {
    get: (_, key) => Reflect.get(target(), key, target()),
    set: (_, key, value) => Reflect.set(target(), key, value, target()),
    has: (_, key) => Reflect.has(target(), key),
    ownKeys: () => Reflect.ownKeys(target()),
    getOwnPropertyDescriptor: (_, key) => {
      const d = Reflect.getOwnPropertyDescriptor(target(), key);
      // A proxy may only report a non-configurable property its own (empty) target also has.
      return d ? { ...d, configurable: true } : undefined;
    },
    defineProperty: (_, key, d) => Reflect.defineProperty(target(), key, d),
    deleteProperty: (_, key) => Reflect.deleteProperty(target(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(target()),
  });
  targets.set(proxy, target);
  return proxy;
}

/**
 * The schema behind a lazy one, built now (any other value as it is). zod reads a nested schema's `_zod`
 * on every parse, so a proxy inside a hot schema costs a trap per field per row: resolve lazy parts when
 * building the outer schema (inside its own `lazy`), and a hot schema once per call rather than per row.
 */
export function unlazy<T extends object>(schema: T): T {
  const target = targets.get(schema);
  return target ? (target() as T) : schema;
}
