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

/** A create request as the page sends it. */
export const CREATE_REQUEST = {
  invitation_group: {
    name: 'Spring',
    message: 'Hi',
    end_time: '1900000000000',
    fee_type: 1,
    product_list: [{ product_id: '1729505277280211008', target_commission: 1250, sample_type: 1 }],
    creator_id_list: [{ base_info: { creator_oec_id: '7258971330228027133' } }],
    free_sample_rule: { has_free_sample: true, is_free_sample_auto_review: false },
    delivery_requirements: { content_option: 1 },
    flash_sale: false,
  },
};
