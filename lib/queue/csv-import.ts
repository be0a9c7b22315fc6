/**
 * Import of a seller's own list of creators: a CSV with a creator_id and/or handle column (plus
 * optional note and tags), or just one handle or ID per line. Good rows come back ready to resolve
 * and queue; bad rows come back with a reason in plain words. Never throws.
 */
import Papa from 'papaparse';
import { stripInvisible, unescapeFormula } from './csv-cells';
import { CSV_MESSAGES } from './messages';
import { normalizeNote, normalizeTags } from './text';

export interface ImportedCreatorRow {
  /** Record number as a spreadsheet shows it (a header is line 1). */
  line: number;
  creatorId?: string;
  /** Without the leading "@". */
  handle?: string;
  note?: string;
  tags?: string[];
}

export interface CreatorImport {
  rows: ImportedCreatorRow[];
  errors: Array<{ line: number; reason: string }>;
  /** Set when the file has more data rows than were read: the line of the first one left unread. */
  unreadFrom?: number;
}

export const IMPORT_LIMITS = { handleMax: 24, idMax: 64 } as const;

// Header names are matched, never translated: files move between sellers in different languages.
// In priority order: a queue export has both "id" (the entry) and "creator_id"; creator_id wins.
const ID_HEADERS = ['creator_id', 'creator_oec_id', 'user_id', 'creatorid', 'userid', 'oec_id', 'uid', 'id'];
const HANDLE_HEADERS = [
  'handle',
  'username',
  'user_name',
  'creator_handle',
  'tiktok_handle',
  'tiktok_username',
  'creator',
];
const NOTE_HEADERS = ['note', 'notes', 'comment', 'comments'];
const TAG_HEADERS = ['tags', 'tag', 'labels', 'label'];

const HANDLE_OK = /^[A-Za-z0-9._]+$/;
const ID_OK = /^[A-Za-z0-9_-]+$/;
/** Long digit strings are creator ids; shorter ones could be an all-digit handle. */
const LOOKS_LIKE_ID = /^\d{8,}$/;
const PROFILE_URL = /tiktok\.com\/@([^/?#\s]+)/i;

function cleanCell(cell: string | undefined): string {
  return stripInvisible(unescapeFormula(cell ?? '')).trim();
}

const headerName = (cell: string) =>
  cleanCell(cell)
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** Characters that make a value invalid, each shown once, at most five. */
function badChars(value: string, ok: RegExp): string {
  const bad = new Set<string>();
  for (const ch of value) if (!ok.test(ch)) bad.add(ch === ' ' ? CSV_MESSAGES.space : `“${ch}”`);
  return [...bad].slice(0, 5).join(', ');
}

function checkHandle(raw: string): { handle: string } | { reason: string } {
  const fromUrl = PROFILE_URL.exec(raw)?.[1];
  const handle = (fromUrl ?? raw).replace(/^@/, '');
  if (handle.length > IMPORT_LIMITS.handleMax) return { reason: CSV_MESSAGES.handleTooLong(IMPORT_LIMITS.handleMax) };
  if (!HANDLE_OK.test(handle)) return { reason: CSV_MESSAGES.handleBadChars(badChars(handle, /[A-Za-z0-9._]/)) };
  return { handle };
}

function checkId(id: string): { id: string } | { reason: string } {
  if (id.length > IMPORT_LIMITS.idMax) return { reason: CSV_MESSAGES.idTooLong(IMPORT_LIMITS.idMax) };
  if (!ID_OK.test(id)) return { reason: CSV_MESSAGES.idBadChars(badChars(id, /[A-Za-z0-9_-]/)) };
  return { id };
}

interface Columns {
  id?: number;
  handle?: number;
  note?: number;
  tags?: number;
}

function findColumns(header: readonly string[]): Columns | undefined {
  const names = header.map(headerName);
  const pick = (options: readonly string[]): number | undefined => {
    for (const o of options) {
      const i = names.indexOf(o);
      if (i >= 0) return i;
    }
    return undefined;
  };
  const cols: Columns = {};
  const id = pick(ID_HEADERS);
  const handle = pick(HANDLE_HEADERS);
  const note = pick(NOTE_HEADERS);
  const tags = pick(TAG_HEADERS);
  if (id !== undefined) cols.id = id;
  if (handle !== undefined) cols.handle = handle;
  if (note !== undefined) cols.note = note;
  if (tags !== undefined) cols.tags = tags;
  return id === undefined && handle === undefined && note === undefined && tags === undefined ? undefined : cols;
}

/** Reads at most `maxRows` data rows, so a hostile file costs bounded time and memory. */
export function importCreatorsCsv(text: string, maxRows = Number.POSITIVE_INFINITY): CreatorImport {
  const out: CreatorImport = { rows: [], errors: [] };
  try {
    const input = String(text ?? '').replace(/^\uFEFF/, '');
    const records = Papa.parse<string[]>(input, {
      delimiter: '',
      delimitersToGuess: [',', '\t', ';', '|'],
      skipEmptyLines: false,
      // A possible header, the rows, and one more to tell that the file goes on.
      ...(Number.isFinite(maxRows) ? { preview: maxRows + 2 } : {}),
    }).data;
    // Trailing blank lines are how files end, not bad rows.
    let last = records.length;
    while (last > 0 && (records[last - 1] ?? []).every((c) => cleanCell(c) === '')) last--;

    const cols = findColumns(records[0] ?? []);
    if (cols && cols.id === undefined && cols.handle === undefined) {
      out.errors.push({ line: 1, reason: CSV_MESSAGES.noCreatorColumn });
      return out;
    }
    const firstData = cols ? 1 : 0;
    if (last - firstData > maxRows) {
      last = firstData + maxRows;
      out.unreadFrom = last + 1;
    }
    const seen = new Map<string, number>(); // "id:…" / "handle:…" → first line

    for (let r = firstData; r < last; r++) {
      const cells = records[r] ?? [];
      const line = r + 1;
      if (cells.every((c) => cleanCell(c) === '')) {
        out.errors.push({ line, reason: CSV_MESSAGES.emptyRow });
        continue;
      }
      let idCell = '';
      let handleCell = '';
      if (cols) {
        idCell = cols.id === undefined ? '' : cleanCell(cells[cols.id]);
        handleCell = cols.handle === undefined ? '' : cleanCell(cells[cols.handle]);
      } else {
        // Headerless: one value per line; "@name" or a profile link is a handle, a long number an id.
        const value = cleanCell(cells[0]);
        if (!value.startsWith('@') && !PROFILE_URL.test(value) && LOOKS_LIKE_ID.test(value)) idCell = value;
        else handleCell = value;
      }
      if (idCell === '' && handleCell === '') {
        out.errors.push({ line, reason: CSV_MESSAGES.missingCreator });
        continue;
      }
      const row: ImportedCreatorRow = { line };
      let problem: string | undefined;
      if (idCell !== '') {
        const checked = checkId(idCell);
        if ('reason' in checked) problem = checked.reason;
        else row.creatorId = checked.id;
      }
      if (!problem && handleCell !== '') {
        const checked = checkHandle(handleCell);
        if ('reason' in checked) problem = checked.reason;
        else row.handle = checked.handle;
      }
      if (problem) {
        out.errors.push({ line, reason: problem });
        continue;
      }
      const keys = [
        ...(row.creatorId ? [`id:${row.creatorId}`] : []),
        ...(row.handle ? [`handle:${row.handle.toLowerCase()}`] : []),
      ];
      const earlier = keys.map((k) => seen.get(k)).find((l) => l !== undefined);
      if (earlier !== undefined) {
        out.errors.push({ line, reason: CSV_MESSAGES.duplicate(earlier) });
        continue;
      }
      for (const k of keys) seen.set(k, line);

      if (cols?.note !== undefined) {
        const note = normalizeNote(unescapeFormula(cells[cols.note] ?? '').trim()).note;
        if (note !== '') row.note = note;
      }
      if (cols?.tags !== undefined) {
        const tags = normalizeTags(unescapeFormula(cells[cols.tags] ?? '').split(/[,;|]/));
        if (tags.length > 0) row.tags = tags;
      }
      out.rows.push(row);
    }
  } catch {
    out.errors.push({ line: 0, reason: CSV_MESSAGES.unreadable });
  }
  return out;
}
