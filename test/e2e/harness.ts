import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { HOSTS } from '../../lib/hosts';
import { startSandbox } from '../sandbox/server';
import { findChromium } from './browser-path';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** Every host we serve, mapped to the sandbox; every other name stays unresolved so nothing leaves the machine. */
export function hostResolverRules(port: number): string {
  const hosts = [...HOSTS.map((h) => h.host), 'www.tiktok.com'];
  return [...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(', ');
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  sandbox: Awaited<ReturnType<typeof startSandbox>>;
  /** Errors and console lines the pages printed, for "nothing from us in the console" checks. */
  consoleLines: string[];
  pageErrors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarness(
  opts: {
    sandbox?: Parameters<typeof startSandbox>[0];
    extension?: boolean;
    /** A built extension other than .output/chrome-mv3 (an A/B of two builds in the bench's notes). */
    extensionDir?: string;
    headless?: boolean;
    /** Window size for every page; 1920 × 1080 unless a test checks another (e.g. a 1366 px laptop). */
    viewport?: { width: number; height: number };
    /** Extra Chromium flags, e.g. `--lang=vi` for the browser's language. */
    args?: string[];
  } = {},
): Promise<Harness> {
  const withExtension = opts.extension ?? true;
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const executablePath = findChromium();
  const sandbox = await startSandbox(opts.sandbox);
  const userDataDir = await mkdtemp(join(tmpdir(), 'collab-pilot-e2e-'));
  const args = [
    `--host-resolver-rules=${hostResolverRules(sandbox.port)}`,
    '--ignore-certificate-errors',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  args.push(...(opts.args ?? []));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: opts.headless ?? true,
    ignoreHTTPSErrors: true,
    viewport: opts.viewport ?? { width: 1920, height: 1080 },
    args,
  });
  let extensionId = '';
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
  }
  const consoleLines: string[] = [];
  const pageErrors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => pageErrors.push(String(e)));
  };
  context.on('page', watch);
  for (const p of context.pages()) watch(p);
  return {
    context,
    extensionId,
    sandbox,
    consoleLines,
    pageErrors,
    newPage: () => context.newPage(),
    async close() {
      // Bounded: a browser that will not shut down must not hold the test file open (the runner's
      // --test-force-exit then ends the process, and Playwright kills the browser on exit).
      await within(20_000, context.close()).catch(() => {});
      await sandbox.close().catch(() => {});
      await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
    },
  };
}

/** `promise`, or a rejection naming the wait once `ms` have passed. */
export function within<T>(ms: number, promise: Promise<T>, what = 'a browser call'): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** The panel host element for a page, if our content script mounted one. */
export const PANEL = 'collab-pilot-panel';

/**
 * Waits until the panel is placed and its placement holds still: it is measured again (debounced to idle
 * time) once the page's data has rendered, and can switch between docked and pill then.
 */
export async function panelSettled(page: Page): Promise<string> {
  const shell = page.locator(`${PANEL} .cp-panel`);
  await page.locator(`${PANEL} .cp-panel:not([data-mode="measuring"])`).waitFor({ timeout: 15_000 });
  let last = '';
  for (let i = 0; i < 20; i++) {
    const now = await shell.evaluate((el) => `${el.getAttribute('data-mode')} ${el.getAttribute('style')}`);
    if (now === last) break;
    last = now;
    await page.waitForTimeout(300);
  }
  return (await shell.getAttribute('data-mode')) ?? '';
}

/**
 * Opens the panel as a seller would: where the page leaves no free strip the panel is a pill by default
 * (components/panel/PanelShell.tsx), so press it; a docked panel is already open. A pill closes again when
 * the seller presses one of the page's controls: call this again before using the panel after that.
 */
export async function openPanel(page: Page): Promise<void> {
  await panelSettled(page);
  const body = page.locator(`${PANEL} .cp-panel__body`);
  const pill = page.locator(`${PANEL} .cp-panel[data-open="false"] .cp-panel__pill`);
  // The page can still lay itself out again (a language switch re-renders it) and the panel follow, docked
  // instead of a pill or a pill elsewhere: until the body shows, press the pill that is there now.
  await until(
    async () => {
      if (await body.isVisible()) return true;
      if (await pill.count()) await pill.click({ timeout: 5_000 }).catch(() => {});
      return body.isVisible();
    },
    (shown) => shown,
    'the panel open',
  );
}

/**
 * Reads `read` until `ok` accepts what it returns (as `expect.poll` does), and returns that value; fails
 * naming `what` and the last value read. For state outside the page's DOM (the worker's storage, a CDP
 * world), where a `waitForFunction` cannot look.
 */
export async function until<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  timeout = 15_000,
): Promise<T> {
  const end = Date.now() + timeout;
  for (let step = 25; ; step = Math.min(step * 2, 250)) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`${what}: not within ${timeout} ms (last read: ${JSON.stringify(value)})`);
    await new Promise((r) => setTimeout(r, step));
  }
}

/**
 * Resolves once every message posted on the page's window before this call has reached every listener (our
 * content script's included: one event, dispatched to each world in turn), and the page has rendered a frame
 * since, so a render such a message caused has happened. The positive signal a "this forgery changes
 * nothing" check waits for before it looks.
 */
export async function messagesDelivered(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        // Inline handlers only: a named function here would carry the test runner's name helper into the page.
        const mark = `cp-e2e-delivered-${Math.random()}`;
        const stop = new AbortController();
        addEventListener(
          'message',
          (e) => {
            if (e.data !== mark) return;
            stop.abort();
            requestAnimationFrame(() => setTimeout(resolve, 0));
          },
          { signal: stop.signal },
        );
        postMessage(mark, location.origin);
      }),
  );
}

/** A frame rendered, and the task after it run: renders and effects scheduled before this call have happened. */
export async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/**
 * Watches a page, from before it navigates, for our content script: the isolated world the browser creates
 * for it (CDP names it by the extension's origin). `ran()` resolves once the script was injected and its
 * start (synchronous in the loader) has run; `count()` says how many times it was injected so far.
 */
export async function watchContentScript(h: Harness, page: Page): Promise<{ ran(): Promise<void>; count(): number }> {
  const cdp = await h.context.newCDPSession(page);
  const ours: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === `chrome-extension://${h.extensionId}`) ours.push(context.id);
  });
  await cdp.send('Runtime.enable');
  return {
    count: () => ours.length,
    async ran() {
      const id = await until(
        async () => ours.at(-1),
        (v) => v != null,
        'our content script injected',
      );
      // Runs in the script's world after the task that injected and started it.
      await cdp.send('Runtime.evaluate', { contextId: id, expression: '0' });
    },
  };
}
