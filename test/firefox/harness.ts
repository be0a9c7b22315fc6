/**
 * End-to-end harness for the Firefox (MV2) build in a real Firefox: Debian's firefox-esr driven by
 * playwright-core over WebDriver BiDi (`channel: 'moz-firefox'` with our own executablePath; nothing is
 * downloaded). Counterpart of harness.ts, which drives Chromium.
 *
 * - The extension is installed through the profile: a proxy file `extensions/<gecko id>` holding the path
 *   of the unpacked build. ESR honours `xpinstall.signatures.required=false` (release Firefox does not).
 * - Its moz-extension UUID is pinned (`extensions.webextensions.uuids`), so extension pages have a known URL.
 * - Firefox cannot map a host name to another port, so every request goes through a CONNECT proxy made
 *   here that tunnels the sandbox hosts to the sandbox and refuses every other name: nothing leaves the machine.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { type AddressInfo, connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, firefox, type Page } from 'playwright-core';
import { SANDBOX_HOSTS } from '../sandbox/cert';
import { startSandbox } from '../sandbox/server';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');
/** Pinned so that extension pages are at a known URL (any v4 UUID will do). */
export const EXTENSION_UUID = '5b1c3f0e-7c2a-4d1e-9a55-c011ab0f1e70';

export const FIREFOX_INSTALL_HINT =
  'No Firefox found. Install it (Debian: `apt-get install -y firefox-esr`) or set FIREFOX_PATH. ' +
  'It must be ESR, Developer Edition, Nightly or unbranded: release Firefox refuses unsigned add-ons.';

/** FIREFOX_PATH, then firefox-esr, then firefox on PATH. Throws (never skips) when none exists. */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string {
  if (env.FIREFOX_PATH) {
    if (existsSync(env.FIREFOX_PATH)) return env.FIREFOX_PATH;
    throw new Error(`FIREFOX_PATH=${env.FIREFOX_PATH} does not exist. ${FIREFOX_INSTALL_HINT}`);
  }
  for (const name of ['firefox-esr', 'firefox']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on PATH: try the next name
    }
  }
  throw new Error(FIREFOX_INSTALL_HINT);
}

interface BidiMessage {
  id?: number;
  method?: string;
  type?: string;
  error?: string;
}
interface Transport {
  send(message: BidiMessage): void;
  onmessage?: (message: BidiMessage) => void;
}

/**
 * Playwright 1.65 sends some emulation commands unconditionally that Firefox ESR does not know yet
 * (emulation.setMediaFeaturesOverride on 153 ESR), and then fails the launch. We use none of those
 * emulations, so such an `unknown command` answer is turned into success. Nothing else is touched.
 */
let shimInstalled = false;
export const shimmedCommands = new Set<string>();
function tolerateUnknownEmulation(): void {
  if (shimInstalled) return;
  shimInstalled = true;
  const { server } = createRequire(import.meta.url)('playwright-core/lib/coreBundle') as {
    server: { WebSocketTransport: { prototype: Transport } };
  };
  const proto = server?.WebSocketTransport?.prototype;
  if (typeof proto?.send !== 'function')
    throw new Error(
      'playwright-core changed: server.WebSocketTransport is gone. Update tolerateUnknownEmulation() in firefox-harness.ts.',
    );
  const send = proto.send;
  const pending = new WeakMap<Transport, Map<number, string>>();
  proto.send = function (this: Transport, message: BidiMessage) {
    let sent = pending.get(this);
    if (!sent && this.onmessage) {
      const methods = new Map<number, string>();
      const receive = this.onmessage;
      this.onmessage = (m) => {
        const method = m.id === undefined ? undefined : methods.get(m.id);
        if (m.id !== undefined) methods.delete(m.id);
        if (method && m.type === 'error' && m.error === 'unknown command') {
          shimmedCommands.add(method);
          return receive({
            type: 'success',
            id: m.id,
            result: {},
          } as BidiMessage);
        }
        return receive(m);
      };
      pending.set(this, methods);
      sent = methods;
    }
    if (sent && message.id !== undefined && message.method?.startsWith('emulation.'))
      sent.set(message.id, message.method);
    return send.call(this, message);
  };
}

/** A CONNECT proxy that tunnels the sandbox's host names (port 443) to the sandbox and refuses the rest. */
async function startHostProxy(
  sandboxPort: number,
): Promise<{ port: number; refused: string[]; close(): Promise<void> }> {
  const allowed = new Set(SANDBOX_HOSTS.filter((h) => h !== 'localhost'));
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    client.once('data', (head) => {
      const target = /^CONNECT ([^\s:]+):(\d+) HTTP\/1\.[01]\r\n/.exec(head.toString('latin1'));
      const host = target?.[1]?.toLowerCase() ?? '';
      if (target?.[2] !== '443' || !allowed.has(host)) {
        refused.push(head.toString('latin1').split('\r\n')[0] ?? '');
        client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
        return;
      }
      const upstream = connect(sandboxPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        client.pipe(upstream).pipe(client);
      });
      sockets.add(upstream);
      upstream.on('close', () => sockets.delete(upstream));
      upstream.on('error', () => client.destroy());
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    refused,
    close: () =>
      new Promise<void>((r) => {
        // Keep-alive tunnels would hold close() open.
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

export interface FirefoxHarness {
  context: BrowserContext;
  sandbox: Awaited<ReturnType<typeof startSandbox>>;
  /** moz-extension://<pinned uuid>/<path> */
  extensionUrl(path: string): string;
  /** Console lines of pages and of our content scripts (Firefox reports both to the page). */
  consoleLines: string[];
  pageErrors: string[];
  /** CONNECT requests the proxy refused: anything here tried to leave the sandbox. */
  refused: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function startFirefoxHarness(
  opts: {
    sandbox?: Parameters<typeof startSandbox>[0];
    /** An unpacked Firefox build: this, else $CP_FIREFOX_EXTENSION_DIR (to try another build), else `.output/firefox-mv2`. */
    extensionDir?: string;
    headless?: boolean;
    viewport?: { width: number; height: number };
    prefs?: Record<string, string | number | boolean>;
  } = {},
): Promise<FirefoxHarness> {
  const extensionDir = resolve(opts.extensionDir ?? (process.env.CP_FIREFOX_EXTENSION_DIR || FIREFOX_EXTENSION_DIR));
  const manifestPath = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath))
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build:firefox\` first.`);
  const geckoId = (
    JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      browser_specific_settings?: { gecko?: { id?: string } };
    }
  ).browser_specific_settings?.gecko?.id;
  if (!geckoId)
    throw new Error(
      `${manifestPath} has no browser_specific_settings.gecko.id: Firefox cannot install it from a profile.`,
    );
  const executablePath = findFirefox();
  tolerateUnknownEmulation();

  const sandbox = await startSandbox(opts.sandbox);
  const proxy = await startHostProxy(sandbox.port);
  const profile = await mkdtemp(join(tmpdir(), 'collab-pilot-ff-'));
  await mkdir(join(profile, 'extensions'));
  // A proxy file: named by the add-on id, holding the unpacked build's path.
  await writeFile(join(profile, 'extensions', geckoId), extensionDir);

  let context: BrowserContext;
  try {
    context = await firefox.launchPersistentContext(profile, {
      channel: 'moz-firefox',
      executablePath,
      headless: opts.headless ?? true,
      // Firefox's BiDi session then accepts the sandbox's self-signed certificate.
      ignoreHTTPSErrors: true,
      viewport: opts.viewport ?? { width: 1920, height: 1080 },
      firefoxUserPrefs: {
        'xpinstall.signatures.required': false,
        'extensions.autoDisableScopes': 0,
        'extensions.enabledScopes': 15,
        'extensions.webextensions.uuids': JSON.stringify({
          [geckoId]: EXTENSION_UUID,
        }),
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'network.dns.disableIPv6': true,
        'browser.aboutConfig.showWarning': false,
        ...opts.prefs,
      },
    });
  } catch (err) {
    await proxy.close();
    await sandbox.close();
    await rm(profile, { recursive: true, force: true }).catch(() => {});
    throw err;
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
    sandbox,
    extensionUrl: (path) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`,
    consoleLines,
    pageErrors,
    refused: proxy.refused,
    newPage: () => context.newPage(),
    async close() {
      await context.close().catch(() => {});
      await proxy.close().catch(() => {});
      await sandbox.close().catch(() => {});
      await rm(profile, { recursive: true, force: true }).catch(() => {});
    },
  };
}
