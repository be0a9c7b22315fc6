/**
 * `web-ext lint` on the Firefox build, stricter than its exit code: any error fails, and so does any
 * warning or notice except one known one, recognised by the code around the reported column:
 * Preact's own `dangerouslySetInnerHTML` branch (we never use that prop; biome forbids it).
 * (The content-script loader's `import(chrome.runtime.getURL(…))` is accepted by the linter itself.)
 * Prints every finding so a reviewer sees exactly what addons.mozilla.org will see.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface Finding {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

const SOURCE = resolve(import.meta.dirname, '../.output/firefox-mv2');

function codeAround(f: Finding, sourceDir: string): string {
  if (!f.file || !f.line || f.column === undefined) return '';
  const line = readFileSync(join(sourceDir, f.file), 'utf8').split('\n')[f.line - 1] ?? '';
  return line.slice(Math.max(0, f.column - 200), f.column + 120);
}

/** Why a finding is accepted, or null. */
function knownReason(f: Finding, sourceDir: string): string | null {
  if (f.code !== 'UNSAFE_VAR_ASSIGNMENT') return null;
  const around = codeAround(f, sourceDir);
  // Preact's diff assigns `<el>.innerHTML = <props>.__html` only for dangerouslySetInnerHTML.
  if (/\.innerHTML=\w+\.__html/.test(around)) return 'Preact, not our code';
  return null;
}

function main(): void {
  let out: string;
  try {
    out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', SOURCE, '--output=json', '--no-config-discovery'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  } catch (e) {
    // web-ext exits non-zero on errors but still prints the report.
    out = String((e as { stdout?: string }).stdout ?? '');
  }
  const report = JSON.parse(out) as { errors: Finding[]; warnings: Finding[]; notices: Finding[] };
  const all = [
    ...report.errors.map((f) => ({ ...f, level: 'error' })),
    ...report.warnings.map((f) => ({ ...f, level: 'warning' })),
    ...report.notices.map((f) => ({ ...f, level: 'notice' })),
  ];
  let failing = 0;
  for (const f of all) {
    const known = f.level === 'warning' ? knownReason(f, SOURCE) : null;
    if (!known) failing++;
    console.log(
      `${known ? `known (${known})` : 'FAIL'} ${f.level} ${f.code} ${f.file ?? ''}:${f.line ?? ''}:${f.column ?? ''} ${f.message}`,
    );
  }
  console.log(
    `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices; ${failing} not accepted`,
  );
  if (failing > 0) process.exit(1);
}

main();
