/**
 * The whole popup with every part loaded at once (component tests, and any page that already has a
 * PopupApi). The extension's popup entry composes the same PopupShell and PopupRest, but loads the
 * rest in a chunk of its own after the counts have painted (entrypoints/popup/main.tsx).
 */
import type { PopupApi } from './api';
import { PopupRest } from './PopupRest';
import { PopupShell } from './PopupShell';

export function PopupApp({ api }: { api: PopupApi }) {
  return <PopupShell api={api} rest={(summary) => <PopupRest api={api} summary={summary} />} />;
}
