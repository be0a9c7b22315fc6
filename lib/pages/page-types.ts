/** Types shared by every page module. */

/** A reader's "this is not the page I know" answer, naming the anchors it could not find. */
export interface NotRecognised {
  ok: false;
  missing: string[];
}

export type ReadResult<T> = ({ ok: true } & T) | NotRecognised;

/**
 * Where our panel goes: `append` follows WXT's `createShadowRootUi` modes, so the result can be
 * passed straight on as `{ anchor, append }`.
 */
export interface MountPoint {
  anchor: Element;
  append: 'before' | 'after' | 'first' | 'last';
}

/** Trailing slashes and case never matter in the page paths. */
export function normalisePath(pathname: string): string {
  const p = pathname.replace(/\/+$/, '').toLowerCase();
  return p === '' ? '/' : p;
}
