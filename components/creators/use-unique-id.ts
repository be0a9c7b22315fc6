import { useState } from 'preact/hooks';

let counter = 0;

/**
 * An id unique in the whole document. Preact's useId restarts in every render root, and the
 * content script renders one root per table row, so its ids would repeat whenever rows share a tree.
 */
export function useUniqueId(prefix: string): string {
  const [id] = useState(() => `${prefix}-${++counter}`);
  return id;
}
