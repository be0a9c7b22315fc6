import { readdir, readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hostEntry } from '../../lib/hosts.ts';
import { API_PATHS, handleApi } from './api/routes.ts';
import { createState, type SandboxOptions, type SandboxState } from './api/state.ts';
import { buildSandbox, DIST_DIR } from './build.ts';
import { SANDBOX_HOSTS, sandboxCertificate } from './cert.ts';
import type { Lang } from './data/types.ts';
import { placeholderSvg } from './images.ts';
import { withVariant } from './variant.ts';

export { API_PATHS } from './api/routes.ts';
export type { SandboxOptions, SandboxState } from './api/state.ts';
export { buildSandbox } from './build.ts';
export { CLASSIC, LIVE, type Variant, variant } from './variant.ts';

export interface Sandbox {
  port: number;
  /** `--host-resolver-rules=…` value mapping every sandbox host to this server (and nothing else). */
  hostResolverRules: string;
  state: SandboxState;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** The built app, read into memory at start so a rebuild by another process cannot pull files from under us. */
async function loadDist(): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  async function walk(dir: string): Promise<void> {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else files.set(`/${relative(DIST_DIR, full).split('\\').join('/')}`, await readFile(full));
    }
  }
  await walk(DIST_DIR);
  return files;
}

const TIKTOK_HOME = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TikTok - Make Your Day</title></head>
<body><h1>TikTok</h1><p>Make Your Day. (Sandbox stand-in for www.tiktok.com: Collab Pilot must not appear here.)</p></body></html>`;

function hostOf(req: IncomingMessage): string {
  return (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
}

function languageOf(host: string, url: URL): Lang {
  const q = url.searchParams.get('lang') ?? url.searchParams.get('user_language');
  if (q === 'vi' || q === 'id' || q === 'en') return q;
  return hostEntry(host)?.language ?? 'en';
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text ? JSON.parse(text) : {});
      } catch {
        resolve(null);
      }
    });
  });
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...extra });
  res.end(body);
}

/**
 * Starts the sandbox Seller Center on https://127.0.0.1:port, answering for every real host name.
 * Builds the app first when test/sandbox/dist is missing or stale.
 */
export async function startSandbox(opts: SandboxOptions & { port?: number } = {}): Promise<Sandbox> {
  await buildSandbox();
  const [files, tls] = await Promise.all([loadDist(), sandboxCertificate()]);
  const state = createState(opts);
  const startedAt = Date.now();
  const clockNow = () => state.world.now + (Date.now() - startedAt);
  const index = files.get('/index.html');
  if (!index) throw new Error('sandbox: dist/index.html missing after build');

  const server: Server = createServer(tls, async (req, res) => {
    try {
      const host = hostOf(req);
      const url = new URL(req.url ?? '/', `https://${host || 'localhost'}`);
      if (host === 'www.tiktok.com') return send(res, 200, TYPES['.html'] as string, TIKTOK_HOME);
      if (url.pathname.startsWith('/api/')) {
        const body = req.method === 'POST' ? await readBody(req) : undefined;
        const region = (url.searchParams.get('shop_region') ?? hostEntry(host)?.regions[0] ?? 'GB').toUpperCase();
        const result = handleApi(state, req.method ?? 'GET', url, body, {
          region,
          lang: languageOf(host, url),
          now: clockNow(),
        });
        const [min, max] = state.latencyMs;
        await new Promise((r) => setTimeout(r, min + Math.random() * (max - min)));
        if (!result) return send(res, 404, 'application/json', JSON.stringify({ code: 404, message: 'not found' }));
        return send(res, result.status, 'application/json; charset=utf-8', JSON.stringify(result.body));
      }
      const img = /^\/img\/(avatar|product)\/([\w-]+)\.svg$/.exec(url.pathname);
      if (img)
        return send(
          res,
          200,
          TYPES['.svg'] as string,
          placeholderSvg(img[1] as 'avatar' | 'product', img[2] as string),
        );
      const file = files.get(url.pathname);
      if (file && url.pathname !== '/index.html')
        return send(res, 200, TYPES[extname(url.pathname)] ?? 'application/octet-stream', file, {
          'cache-control': 'max-age=3600',
        });
      if (url.pathname.startsWith('/assets/')) return send(res, 404, 'text/plain', 'not found');
      return send(res, 200, TYPES['.html'] as string, withVariant(index.toString('utf8'), state.variant));
    } catch (err) {
      send(res, 500, 'text/plain', String(err));
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    state,
    hostResolverRules: hostResolverRules(port),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Maps every sandbox host to 127.0.0.1:port and leaves every other name unresolved. */
export function hostResolverRules(port: number): string {
  return [
    ...SANDBOX_HOSTS.filter((h) => h !== 'localhost').map((h) => `MAP ${h} 127.0.0.1:${port}`),
    'MAP * ~NOTFOUND',
  ].join(', ');
}

async function cli(): Promise<void> {
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : 8443;
  const sandbox = await startSandbox({ port });
  const p = sandbox.port;
  console.log(`Sandbox Seller Center on https://127.0.0.1:${p} (self-signed certificate)`);
  console.log('Open, for example:');
  console.log(`  https://affiliate.tiktok.com/connection/creator?shop_region=GB`);
  console.log(`  https://affiliate-us.tiktok.com/connection/target-invitation/create?shop_region=US`);
  console.log(`  https://affiliate.tiktok.com/connection/target-invitation?shop_region=GB`);
  console.log(`  https://affiliate-id.tokopedia.com/connection/target-invitation/create?shop_region=ID`);
  console.log('with Chromium flags:');
  console.log(`  --host-resolver-rules="${sandbox.hostResolverRules}" --ignore-certificate-errors`);
  console.log(`API paths: ${Object.values(API_PATHS).join(' ')}`);
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  cli().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
