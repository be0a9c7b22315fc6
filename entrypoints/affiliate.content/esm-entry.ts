/**
 * The affiliate content script's code, built as ES modules into content-scripts/esm/affiliate.js by
 * scripts/esm-content-build.ts and imported by the loader (index.tsx) on every affiliate page. Each
 * page's feature is a separate chunk (feature-loader.ts), fetched only on that page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { nextTask } from './next-task';
import { startPageController } from './page-controller';

/**
 * Starts in a task of its own: evaluating these modules is one task already, and the page's own
 * start-up is busy; together they would make a long task (> 50 ms) of ours on a slow machine.
 */
export function start(ctx: ContentScriptContext): void {
  void nextTask().then(() => {
    if (!ctx.isInvalid) startPageController(ctx);
  });
}
