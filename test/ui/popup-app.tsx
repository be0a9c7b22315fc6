/**
 * The whole popup for component tests: the same shell and PopupRest the extension's popup composes,
 * there with the rest loaded in a chunk of its own after the counts have painted (entrypoints/popup/main.ts).
 */

import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { PopupApi } from '../../components/popup/api';
import { PopupRest } from '../../components/popup/PopupRest';
import { preactRest } from '../../components/popup/preact-rest';
import { mountShell } from '../../components/popup/shell';
import { shellText } from '../../components/popup/shell-text';

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
