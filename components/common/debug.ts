/**
 * The one place our own unexpected failures are written down: a console.debug line (hidden unless the
 * console shows verbose messages) with a fixed prefix to filter on. Only for failures worth seeing that
 * we otherwise swallow to keep the page working; never throws into the page.
 */
export const DEBUG_PREFIX = '[collab-pilot]';

export function debugFailure(where: string, error: unknown): void {
  try {
    console.debug(DEBUG_PREFIX, where, error);
  } catch {
    // A console replaced or broken by the page: nothing more to do without disturbing it.
  }
}
