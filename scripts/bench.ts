/**
 * `npm run bench`: builds the Chrome extension when the build is missing or older than the
 * sources, runs every section, and prints one table of figure | value | goal | meets?. It measures and
 * exits 0 whatever the figures; only the size budgets gate, in test/e2e/bundle-size.e2e.ts.
 * `--no-build` uses .output as it is; `--build` always rebuilds; `--only=sizes,rules,queue,browser` runs a subset.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchFigure } from './bench/common.ts';

const ROOT = resolve(import.meta.dirname, '..');
const MANIFEST = join(ROOT, '.output/chrome-mv3/manifest.json');
/** What the extension build is made from. */
const SOURCES = ['entrypoints', 'components', 'lib', 'public', 'wxt.config.ts', 'package.json', 'tsconfig.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const e of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, e)));
  return newest;
}

/** True when .output/chrome-mv3 is missing or older than any source file. */
export function buildIsStale(root = ROOT): boolean {
  if (!existsSync(MANIFEST)) return true;
  const built = statSync(MANIFEST).mtimeMs;
  return SOURCES.some((s) => newestMtime(join(root, s)) > built);
}

type Section = { name: string; run: () => Promise<BenchFigure[]> };

const SECTIONS: Section[] = [
  { name: 'sizes', run: async () => (await import('./bench/sizes.ts')).benchSizes() },
  { name: 'rules', run: async () => (await import('./bench/rules.ts')).benchRules() },
  { name: 'queue', run: async () => (await import('./bench/queue.ts')).benchQueue() },
  { name: 'memory', run: async () => (await import('./bench/memory.ts')).benchMemory() },
  {
    name: 'browser',
    run: async () => (await import('./bench/browser.ts')).benchBrowser({ log: (l) => console.error(`  ${l}`) }),
  },
];

function formatValue(f: BenchFigure): string {
  if (Number.isNaN(f.value)) return '—';
  const v =
    Number.isInteger(f.value) || Math.abs(f.value) >= 100
      ? f.value.toFixed(0)
      : Math.abs(f.value) >= 10
        ? f.value.toFixed(1)
        : f.value.toFixed(2);
  return f.unit ? `${v} ${f.unit}` : v;
}

/** One plain-text table; wide figures wrap nothing, so it reads in a terminal and pastes into Markdown. */
export function formatTable(figures: readonly BenchFigure[]): string {
  const rows = figures.map((f) => [
    f.figure,
    formatValue(f),
    f.goal,
    f.goal === 'reference' ? '' : f.ok ? 'yes' : 'NO',
  ]);
  const head = ['figure', 'value', 'goal', 'meets?'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 1 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w, i) => (i === 1 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const t0 = performance.now();
  if (!args.includes('--no-build') && (args.includes('--build') || buildIsStale())) {
    // The tests' build (open shadow roots): the panel figure reads our panel through its shadow root.
    console.error('building the extension (npm run build)…');
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const figures: BenchFigure[] = [];
  for (const s of SECTIONS) {
    if (only && !only.includes(s.name)) continue;
    console.error(`${s.name}…`);
    try {
      figures.push(...(await s.run()));
    } catch (e) {
      // A section that cannot run is reported in the table; the others still run.
      figures.push({
        figure: `${s.name}: could not run: ${String((e as Error)?.message ?? e).split('\n')[0]}`,
        value: Number.NaN,
        unit: '',
        goal: 'runs',
        ok: false,
      });
    }
  }
  console.log(formatTable(figures));
  const missed = figures.filter((f) => f.goal !== 'reference' && !f.ok).length;
  console.log(
    `\n${missed ? `${missed} figure(s) miss their goal.` : 'Every figure meets its goal.'} ` +
      `Timings are from this machine (${process.platform}, Node ${process.version}) and vary with its load; ` +
      `${((performance.now() - t0) / 1000).toFixed(0)} s in all.`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
  process.exit(0);
}
