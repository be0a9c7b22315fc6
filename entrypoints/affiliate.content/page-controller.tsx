import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { waitFor } from '@/lib/dom/wait-for';
import { recognisePage } from '@/lib/pages/recognise';
import { PanelApp } from './panel-app';

/** How long a recognised URL may take to render its anchors before we say "not recognised". */
const RECOGNISE_TIMEOUT_MS = 10_000;

interface Visit {
  ac: AbortController;
  ui?: ShadowRootContentScriptUi<void>;
}

/**
 * One visit per client-side route: the previous visit is aborted and its panel removed before the next
 * one starts, so there is never a second panel and nothing from an old page keeps running.
 */
export function startPageController(ctx: ContentScriptContext): void {
  let current: Visit | null = null;

  const endVisit = () => {
    current?.ac.abort();
    current?.ui?.remove();
    current = null;
  };

  const startVisit = async () => {
    endVisit();
    const visit: Visit = { ac: new AbortController() };
    current = visit;
    const { signal } = visit.ac;
    const url = new URL(window.location.href);
    const first = recognisePage(url, document);
    if (first.kind === 'not-ours') return;
    const page =
      (await waitFor(
        document.documentElement,
        () => {
          const r = recognisePage(url, document);
          return r.kind === 'not-recognised' ? null : r;
        },
        { signal, timeoutMs: RECOGNISE_TIMEOUT_MS },
      )) ?? recognisePage(url, document);
    if (signal.aborted || page.kind === 'not-ours') return;
    const ui = await createShadowRootUi<void>(ctx, {
      name: 'collab-pilot-panel',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container, _shadow, host) {
        host.setAttribute('data-collab-pilot', page.kind);
        render(<PanelApp page={page} url={url} signal={signal} />, container);
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    if (signal.aborted) return;
    visit.ui = ui;
    ui.mount();
  };

  const safeVisit = () => {
    // Never let our failure reach the host page: a failed visit just shows nothing more.
    startVisit().catch(() => endVisit());
  };

  ctx.addEventListener(window, 'wxt:locationchange', safeVisit);
  ctx.onInvalidated(endVisit);
  safeVisit();
}
