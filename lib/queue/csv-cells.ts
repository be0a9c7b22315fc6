/**
 * Cell-level encoding shared by the CSV exporter and importers.
 *
 * Formula injection: a spreadsheet runs a cell that starts with = + - @ (or tab, carriage return,
 * line feed or NUL, which some spreadsheets skip before reading the rest) as a formula, so such cells
 * get a leading apostrophe. A cell that already starts with an apostrophe gets one too, which makes
 * stripping exactly one on import lossless.
 */
const FORMULA_START = /^[=+\-@\t\r\n\0']/;
const ESCAPED = /^'[=+\-@\t\r\n\0']/;

export function escapeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function unescapeFormula(cell: string): string {
  return ESCAPED.test(cell) ? cell.slice(1) : cell;
}

/**
 * Lists inside one cell ("a; b; c"), readable in a spreadsheet and lossless: a backslash escapes
 * a literal ";" or "\". An empty cell is an empty list unless the caller knows the length.
 */
export function encodeList(items: readonly string[]): string {
  return items.map((s) => s.replace(/[\\;]/g, (c) => `\\${c}`)).join('; ');
}

export function decodeList(cell: string, expectedLength?: number): string[] {
  if (cell === '') return expectedLength ? Array.from({ length: expectedLength }, () => '') : [];
  // Fast path for the usual cell without escapes.
  if (!cell.includes('\\')) return cell.split(';').map((s, i) => (i > 0 && s.startsWith(' ') ? s.slice(1) : s));
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c === '\\' && i + 1 < cell.length) {
      cur += cell[++i];
    } else if (c === ';') {
      out.push(cur);
      cur = '';
      if (cell[i + 1] === ' ') i++;
    } else {
      cur += c;
    }
  }
  out.push(cur);
  return out;
}

/** Written for `null` in nullable number columns ("no open collaboration", "hidden"); empty means unknown. */
export const NULL_CELL = 'none';

export function formatRate(bp: number): string {
  return `${(bp / 100).toFixed(2)}%`;
}

export function parseRate(cell: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(cell);
  return m?.[1] ? Math.round(Number(m[1]) * 100) : undefined;
}

export function formatBool(value: boolean | null | undefined): string {
  return value === true ? 'yes' : value === false ? 'no' : '';
}

export function parseBool(cell: string): boolean | undefined {
  const v = cell.trim().toLowerCase();
  if (v === 'yes' || v === 'true' || v === '1') return true;
  if (v === 'no' || v === 'false' || v === '0') return false;
  return undefined;
}

export function formatNumber(value: number | null | undefined): string {
  return value === null ? NULL_CELL : value === undefined ? '' : String(value);
}

/** undefined for an empty cell, null for NULL_CELL, NaN for garbage (so validation rejects it). */
export function parseNumber(cell: string): number | null | undefined {
  const v = cell.trim();
  if (v === '') return undefined;
  if (v.toLowerCase() === NULL_CELL) return null;
  return Number(v);
}

export function formatTime(ms: number | undefined): string {
  return ms === undefined ? '' : new Date(ms).toISOString();
}

export function parseTime(cell: string): number | undefined {
  const v = cell.trim();
  return v === '' ? undefined : Date.parse(v);
}

/** Bidi marks, zero-width characters and BOMs sneak in when handles are copied from web pages. */
export function stripInvisible(text: string): string {
  return text.replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/g, '');
}
