/**
 * Gzip size of every content-script bundle the build wrote, and the budgets they must fit. Shared by
 * `npm run bench` and test/budgets/bundle-size.e2e.ts, so the table and the gate agree.
 * Sizes are deterministic for a given build, which is why they gate and the timings do not.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGE_KINDS, PAGES, type PageKind } from '../../lib/pages/registry.ts';
import { catalogName } from '../esm-content-build.ts';
import type { BenchFigure } from './common.ts';

export const OUTPUT_DIR = resolve(import.meta.dirname, '../../.output');

export interface SizeBudget {
  /** What the budget covers, for the table. */
  label: string;
  /** Build folder under .output. */
  target: 'chrome-mv3' | 'firefox-mv2';
  /** Files (relative to the build folder) whose gzip sizes are summed against the budget. */
  files: readonly string[];
  /** Budget in bytes of gzip (level 9). */
  budgetBytes: number;
}

const KB = 1024;
const ISOLATED_BUDGET = 20 * KB;
const OBSERVER_BUDGET = 3 * KB;

/**
 * The budgets. The isolated content script is a loader that runs on every affiliate page load and
 * imports the ES modules (content-scripts/esm, scripts/esm-content-build.ts): the budget is the loader's;
 * what each page then loads is reported by pageModuleSizes, not gated. In Firefox MV2 the main-world
 * observer is observer-main.js, injected by a small isolated-world loader; both run on every page load,
 * so they share the observer's budget. In Chromium the isolated end of the observer's private channel is
 * its own small script (observer-link.js), which shares it likewise.
 */
export const SIZE_BUDGETS: readonly SizeBudget[] = [
  {
    label: 'isolated content-script loader (chrome-mv3 affiliate.js)',
    target: 'chrome-mv3',
    files: ['content-scripts/affiliate.js'],
    budgetBytes: ISOLATED_BUDGET,
  },
  {
    label: 'main-world observer and its link (chrome-mv3 observer.js + observer-link.js)',
    target: 'chrome-mv3',
    files: ['content-scripts/observer.js', 'content-scripts/observer-link.js'],
    budgetBytes: OBSERVER_BUDGET,
  },
  {
    label: 'isolated content-script loader (firefox-mv2 affiliate.js)',
    target: 'firefox-mv2',
    files: ['content-scripts/affiliate.js'],
    budgetBytes: ISOLATED_BUDGET,
  },
  {
    label: 'main-world observer (firefox-mv2 observer-main.js + observer-loader.js)',
    target: 'firefox-mv2',
    files: ['observer-main.js', 'content-scripts/observer-loader.js'],
    budgetBytes: OBSERVER_BUDGET,
  },
];

/** Gzip (level 9) size of a file, in bytes. */
export function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

export interface MeasuredBudget extends SizeBudget {
  /** Summed gzip bytes of `files`; null when the target was not built. */
  gzipBytes: number | null;
  /** Raw bytes of `files`; null when the target was not built. */
  rawBytes: number | null;
  /** Files listed in the budget but missing from a build that exists. */
  missing: string[];
}

export function builtTargets(outputDir = OUTPUT_DIR): Set<SizeBudget['target']> {
  const out = new Set<SizeBudget['target']>();
  for (const t of ['chrome-mv3', 'firefox-mv2'] as const)
    if (existsSync(join(outputDir, t, 'manifest.json'))) out.add(t);
  return out;
}

export function measureBudgets(
  outputDir = OUTPUT_DIR,
  budgets: readonly SizeBudget[] = SIZE_BUDGETS,
): MeasuredBudget[] {
  const built = builtTargets(outputDir);
  return budgets.map((b) => {
    if (!built.has(b.target)) return { ...b, gzipBytes: null, rawBytes: null, missing: [] };
    let gzipBytes = 0;
    let rawBytes = 0;
    const missing: string[] = [];
    for (const f of b.files) {
      const path = join(outputDir, b.target, f);
      if (!existsSync(path)) {
        missing.push(f);
        continue;
      }
      gzipBytes += gzipSize(path);
      rawBytes += readFileSync(path).length;
    }
    return { ...b, gzipBytes, rawBytes, missing };
  });
}

/** Content-script bundles a build holds that no budget names (a new entrypoint should get one). */
export function unbudgetedScripts(outputDir = OUTPUT_DIR, budgets: readonly SizeBudget[] = SIZE_BUDGETS): string[] {
  const out: string[] = [];
  for (const target of builtTargets(outputDir)) {
    const dir = join(outputDir, target, 'content-scripts');
    if (!existsSync(dir)) continue;
    const named = new Set(budgets.filter((b) => b.target === target).flatMap((b) => b.files));
    for (const f of readdirSync(dir)) {
      if (f.endsWith('.js') && !named.has(`content-scripts/${f}`)) out.push(`${target}/content-scripts/${basename(f)}`);
    }
  }
  return out;
}

/** The ES modules the loader imports: an entry and one chunk per page feature (scripts/esm-content-build.ts). */
export const ESM_DIR = 'content-scripts/esm';
export const ESM_ENTRY = 'affiliate.js';

/** One page per feature chunk (lib/pages/registry.ts), named by the page kinds that feature draws. */
export const PAGE_FEATURES: readonly { page: string; kind: PageKind }[] = [
  ...new Set(PAGE_KINDS.map((k) => PAGES[k].feature)),
].map((feature) => {
  const kinds = PAGE_KINDS.filter((k) => PAGES[k].feature === feature);
  return { page: kinds.join(' / '), kind: kinds[0] as PageKind };
});

/** The chunk a page's texts come from in a language: one per feature (scripts/esm-content-build.ts). */
export function catalogChunk(kind: PageKind, language: string): string {
  return catalogName(language, PAGES[kind].feature);
}

const STATIC_IMPORT = /\b(?:from|import)\s*["'`]\.\/([\w.-]+\.js)["'`]/g;

/** `file` and every chunk it imports statically, transitively (relative imports in one folder). */
export function staticClosure(dir: string, file: string): string[] {
  const seen = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    const path = join(dir, f);
    if (!existsSync(path)) return;
    for (const m of readFileSync(path, 'utf8').matchAll(STATIC_IMPORT)) if (m[1]) visit(m[1]);
  };
  visit(file);
  return [...seen];
}

/** Languages whose catalog chunks a panel loads. */
export const PANEL_LANGUAGES = ['en', 'id', 'vi'] as const;

/**
 * What one page loads in all, in one language: the loader content script, the ES-module entry, the page's
 * feature chunk and its catalog chunk in that language, each with what it imports. Gated:
 * the seller's page downloads and evaluates all of it on every load. What a page loads on the seller's
 * request (the CSV export, a fill, the first Add to queue) or when shown (the reading report, the answer to
 * Send) is not counted.
 */
export const PAGE_PAYLOAD_BUDGET = 60 * KB;

export interface PageModules {
  page: string;
  kind: PageKind;
  language: (typeof PANEL_LANGUAGES)[number];
  /** Files the page loads, relative to the build folder. */
  files: string[];
  /** Files that should be there and are not (a feature or catalog chunk the build did not write). */
  missing: string[];
  gzipBytes: number;
}

/** What each page loads in each language, loader included; [] when the target was not built. */
export function pageModuleSizes(outputDir = OUTPUT_DIR, target: SizeBudget['target'] = 'chrome-mv3'): PageModules[] {
  if (!builtTargets(outputDir).has(target)) return [];
  const root = join(outputDir, target);
  const dir = join(root, ESM_DIR);
  const chunks = existsSync(dir) ? readdirSync(dir) : [];
  // A chunk is `<name>-<hash>.js`; the hash has no "-" (rolldown's base64url may: it is 8 characters).
  const chunk = (name: string) =>
    chunks.find((f) => f.endsWith('.js') && f.startsWith(`${name}-`) && f.length === name.length + 12);
  return PAGE_FEATURES.flatMap(({ page, kind }) =>
    PANEL_LANGUAGES.map((language) => {
      const wanted = [`feature-${PAGES[kind].feature}`, catalogChunk(kind, language)];
      const found = wanted.map((name) => chunk(name));
      const modules = [ESM_ENTRY, ...found].flatMap((f) => (f ? staticClosure(dir, f) : []));
      const files = ['content-scripts/affiliate.js', ...new Set(modules.map((f) => `${ESM_DIR}/${f}`))];
      const missing = [
        ...files.filter((f) => !existsSync(join(root, f))),
        ...wanted.filter((_, i) => !found[i]).map((name) => `${name}-*.js`),
      ];
      const gzipBytes = files.filter((f) => existsSync(join(root, f))).reduce((n, f) => n + gzipSize(join(root, f)), 0);
      return { page, kind, language, files, missing, gzipBytes };
    }),
  );
}

const kb = (bytes: number) => Math.round((bytes / KB) * 10) / 10;

export function benchSizes(outputDir = OUTPUT_DIR): BenchFigure[] {
  const figures: BenchFigure[] = [];
  for (const m of measureBudgets(outputDir)) {
    if (m.gzipBytes === null) continue; // that browser was not built
    figures.push({
      figure: `size: ${m.label}, gzip${m.missing.length ? ` (MISSING ${m.missing.join(', ')})` : ''}`,
      value: kb(m.gzipBytes),
      unit: 'KB',
      goal: `≤ ${kb(m.budgetBytes)} KB`,
      ok: m.missing.length === 0 && m.gzipBytes <= m.budgetBytes,
    });
  }
  for (const p of pageModuleSizes(outputDir)) {
    figures.push({
      figure: `size: ${p.page} page in ${p.language}, all it loads (${p.files.length} files)${p.missing.length ? ` (MISSING ${p.missing.join(', ')})` : ''}, gzip`,
      value: kb(p.gzipBytes),
      unit: 'KB',
      goal: `≤ ${kb(PAGE_PAYLOAD_BUDGET)} KB`,
      ok: p.missing.length === 0 && p.gzipBytes <= PAGE_PAYLOAD_BUDGET,
    });
  }
  for (const path of unbudgetedScripts(outputDir)) {
    figures.push({
      figure: `size: ${path} (no budget), gzip`,
      value: kb(gzipSize(join(outputDir, path))),
      unit: 'KB',
      goal: 'reference',
      ok: true,
    });
  }
  return figures;
}
