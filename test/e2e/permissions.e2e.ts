import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { HOSTS } from '../../lib/hosts';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILDS = ['chrome-mv3', 'firefox-mv2'].map((b) => join(ROOT, '.output', b));

/** Permission names listed (in backticks) in README's "Permissions and privacy" table. */
function readmePermissions(): Set<string> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## Permissions and privacy$/m)[1]?.split(/^## /m)[0] ?? '';
  assert.ok(section, 'README has a "Permissions and privacy" section');
  const rows = section.split('\n').filter((l) => l.startsWith('| `'));
  return new Set(rows.flatMap((r) => [...(r.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '')));
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? jsFiles(p) : p.endsWith('.js') ? [p] : [];
  });
}

describe('permissions and privacy audit of the built extension', () => {
  for (const dir of BUILDS) {
    const name = dir.split('/').pop();
    it(`${name}: every permission and host is listed with its reason, and nothing else`, () => {
      assert.ok(existsSync(join(dir, 'manifest.json')), `no build at ${dir}: run the builds first`);
      const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      const listed = readmePermissions();
      const hosts = new Set(HOSTS.map((h) => h.host));
      const all = [...(m.permissions ?? []), ...(m.optional_permissions ?? []), ...(m.host_permissions ?? [])];
      for (const p of all) {
        if (p.includes('://')) {
          const host = new URL(p.replace('*', 'x')).hostname;
          assert.ok(hosts.has(host), `${p}: host not in lib/hosts.ts`);
          // Every path of a listed host: the app routes between its pages without loading them.
          assert.match(p, /^https:\/\/[a-z0-9.-]+\/\*$/, `${p}: one listed host, no wildcard in it`);
        } else {
          assert.ok(listed.has(p), `${p}: not listed with its reason in README "Permissions and privacy"`);
        }
      }
      for (const cs of m.content_scripts ?? []) {
        for (const p of cs.matches)
          assert.ok(hosts.has(new URL(p.replace('*', 'x')).hostname), `content script on ${p}`);
      }
      const text = JSON.stringify(m);
      assert.doesNotMatch(text, /<all_urls>|\*:\/\/\*|localhost|127\.0\.0\.1|https:\/\/\*\./);
    });

    it(`${name}: a strict content security policy and no remote code`, () => {
      const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      const csp: string =
        typeof m.content_security_policy === 'string'
          ? m.content_security_policy
          : m.content_security_policy?.extension_pages;
      assert.ok(csp, 'a content security policy is set');
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.match(csp, /connect-src 'none'/, 'extension pages make no network requests');
      assert.doesNotMatch(csp, /unsafe-eval|https?:/);
      for (const file of jsFiles(dir)) {
        const code = readFileSync(file, 'utf8');
        assert.doesNotMatch(code, /\beval\(|new Function\(/, `${file}: eval`);
        // URLs in our bundles: XML namespaces and documentation links only; nothing is fetched from anywhere.
        const urls = [...code.matchAll(/https?:\/\/[a-z0-9.-]+/gi)].map((x) => x[0]);
        for (const u of urls)
          assert.match(u, /^http:\/\/www\.w3\.org$|^https:\/\/developer\.mozilla\.org$/, `${file}: ${u}`);
      }
    });
  }
});
