/** Normalising the free-text fields a seller types: notes and tags. */
import { QUEUE_LIMITS } from './summary-key';

/** Cuts to `max` UTF-16 units without splitting a surrogate pair (an emoji half is not text). */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

export function normalizeNote(note: string): { note: string; truncated: boolean } {
  const cut = truncateText(note, QUEUE_LIMITS.noteMax);
  return { note: cut, truncated: cut.length !== note.length };
}

/** Trimmed, single-spaced, non-empty, unique (case-insensitively, first spelling wins), capped. */
export function normalizeTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of tags) {
    const tag = truncateText(raw.replace(/\s+/g, ' ').trim(), QUEUE_LIMITS.tagMax).trim();
    const folded = tag.toLowerCase();
    if (tag === '' || seen.has(folded)) continue;
    seen.add(folded);
    out.push(tag);
    if (out.length >= QUEUE_LIMITS.tagsMax) break;
  }
  return out;
}
