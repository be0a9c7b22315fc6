/**
 * `web-ext lint` on the Firefox build, stricter than its exit code: any error fails, and so does any
 * warning or notice except the one known warning about Preact's own `dangerouslySetInnerHTML` branch
 * (we never use that prop; biome forbids it), recognised by the code around the reported column.
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

/** Preact's diff assigns `<el>.innerHTML = <props>.__html` only for dangerouslySetInnerHTML. */
function isPreactInnerHtml(f: Finding, sourceDir: string): boolean {
  if (f.code !== 'UNSAFE_VAR_ASSIGNMENT' || !f.file || !f.line || f.column === undefined) return false;
  const line = readFileSync(join(sourceDir, f.file), 'utf8').split('\n')[f.line - 1] ?? '';
  const around = line.slice(Math.max(0, f.column - 200), f.column + 60);
  return /\.innerHTML=\w+\.__html/.test(around) && around.includes('__html');
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
    const known = f.level === 'warning' && isPreactInnerHtml(f, SOURCE);
    if (!known) failing++;
    console.log(
      `${known ? 'known (Preact, not our code)' : 'FAIL'} ${f.level} ${f.code} ${f.file ?? ''}:${f.line ?? ''}:${f.column ?? ''} ${f.message}`,
    );
  }
  console.log(
    `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices; ${failing} from our code`,
  );
  if (failing > 0) process.exit(1);
}

main();
