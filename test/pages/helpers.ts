import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// import.meta.url is not a file: URL under vitest's happy-dom environment; its pathname is the file's path.
const FIXTURES = `${join(dirname(decodeURIComponent(new URL(import.meta.url).pathname)), 'fixtures')}/`;

/** A fixture as a Document (scripts and stylesheets stripped: happy-dom must not fetch them). */
export function loadFixture(path: string): Document {
  const html = readFileSync(FIXTURES + path, 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*>/gi, '');
  return new DOMParser().parseFromString(html, 'text/html');
}

export function loadJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(FIXTURES + path, 'utf8')) as T;
}

/** A document from a snippet, for mutated variants. */
export function docFrom(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}
