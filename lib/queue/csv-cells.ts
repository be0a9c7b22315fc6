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
 * a literal ";" or "\".
 */
export function encodeList(items: readonly string[]): string {
  return items.map((s) => s.replace(/[\\;]/g, (c) => `\\${c}`)).join('; ');
}

/** Written for `null` in nullable number columns ("no open collaboration", "hidden"); empty means unknown. */
export const NULL_CELL = 'none';

export function formatRate(bp: number): string {
  return `${(bp / 100).toFixed(2)}%`;
}

export function formatBool(value: boolean | null | undefined): string {
  return value === true ? 'yes' : value === false ? 'no' : '';
}

export function formatNumber(value: number | null | undefined): string {
  return value === null ? NULL_CELL : value === undefined ? '' : String(value);
}

export function formatTime(ms: number | undefined): string {
  return ms === undefined ? '' : new Date(ms).toISOString();
}

/** Bidi marks, zero-width characters and BOMs sneak in when handles are copied from web pages. */
export function stripInvisible(text: string): string {
  return text.replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/g, '');
}
