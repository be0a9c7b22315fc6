/**
 * The whole popup with every part loaded at once (component tests, and any page that already has a
 * PopupApi): the same shell and PopupRest the extension's popup composes, there with the rest loaded
 * in a chunk of its own after the counts have painted (entrypoints/popup/main.ts).
 */

import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { PopupApi } from './api';
import { PopupRest } from './PopupRest';
import { preactRest } from './preact-rest';
import { mountShell } from './shell';
import { shellText } from './shell-text';

export function PopupApp({ api }: { api: PopupApi }) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (!box.current) return;
    return mountShell(box.current, {
      api,
      text: shellText(t),
      loadRest: async () => preactRest((summary) => <PopupRest api={api} summary={summary} />),
    });
  }, [api]);
  return <div ref={box} />;
}
