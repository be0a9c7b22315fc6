/**
 * The static import graph of a source file, as the bundler sees it: `import`/`export … from` that
 * carry values, followed through `@/` and relative paths; `import type`, all-`type` specifier lists
 * and dynamic `import()` are left out (the first two vanish at compile time, the last is a chunk of
 * its own). Packages are reported by their specifier and not followed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

const STATIC = /^\s*(?:import|export)\s+(?!type\s)([^'";]*?)\s*from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;

function onlyTypes(clause: string): boolean {
  const braces = clause.match(/^\{([\s\S]*)\}$/);
  if (!braces?.[1]) return false;
  const names = braces[1]
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return names.length > 0 && names.every((n) => n.startsWith('type '));
}

function resolveLocal(from: string, spec: string): string {
  const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : resolve(dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(c) && statSync(c).isFile()) return c;
  }
  throw new Error(`cannot resolve ${spec} from ${from}`);
}

/**
 * Every file (relative to the repo) and package a static import of `entry` reaches.
 */
export function staticGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    const rel = relative(ROOT, file);
    if (files.has(rel)) return;
    files.add(rel);
    if (!/\.tsx?$/.test(file)) return; // CSS and JSON
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC)) {
      const clause = (m[1] ?? '').trim();
      // A query (`?inline`) changes what the bundler hands over, not which file it reads.
      const spec = (m[2] ?? m[3] ?? '').replace(/\?.*$/, '');
      if (clause && onlyTypes(clause)) continue;
      if (spec.startsWith('.') || spec.startsWith('@/')) visit(resolveLocal(file, spec));
      else packages.add(spec);
    }
  };
  visit(join(ROOT, entry));
  return { files: [...files].sort(), packages: [...packages].sort() };
}
