import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST_DIR = join(here, 'dist');
const SOURCES = [join(here, 'app'), join(here, 'data'), join(here, 'vite.config.ts')];
const LOCK = join(here, '.build-lock');

async function newestMtime(path: string): Promise<number> {
  const s = await stat(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const entry of await readdir(path)) newest = Math.max(newest, await newestMtime(join(path, entry)));
  return newest;
}

async function isFresh(): Promise<boolean> {
  try {
    const built = (await stat(join(DIST_DIR, 'index.html'))).mtimeMs;
    const sources = Math.max(...(await Promise.all(SOURCES.map(newestMtime))));
    return built >= sources;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A cross-process lock (mkdir is atomic) so parallel test files do not build over each other. */
async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      await mkdir(LOCK);
      break;
    } catch {
      const age =
        Date.now() -
        (await stat(LOCK).then(
          (s) => s.mtimeMs,
          () => Date.now(),
        ));
      if (age > 120_000) await rm(LOCK, { recursive: true, force: true });
      if (i > 1200) throw new Error('sandbox build: lock held too long');
      await sleep(100);
    }
  }
  try {
    return await fn();
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}

let inProcess: Promise<void> | undefined;

/**
 * Builds the sandbox app into test/sandbox/dist when dist is missing or older than its sources.
 * Builds into a temporary folder and swaps it in, so a running server never sees half a build.
 */
export function buildSandbox(opts: { force?: boolean } = {}): Promise<void> {
  inProcess ??= (async () => {
    if (!opts.force && (await isFresh())) return;
    await withLock(async () => {
      if (!opts.force && (await isFresh())) return;
      const { build } = await import('vite');
      const tmp = `${DIST_DIR}.tmp-${process.pid}`;
      await build({
        configFile: join(here, 'vite.config.ts'),
        logLevel: 'warn',
        build: { outDir: tmp, emptyOutDir: true },
      });
      const old = `${DIST_DIR}.old-${process.pid}`;
      await rename(DIST_DIR, old).catch(() => undefined);
      await rename(tmp, DIST_DIR);
      await rm(old, { recursive: true, force: true });
    });
  })().finally(() => {
    inProcess = undefined;
  });
  return inProcess;
}
