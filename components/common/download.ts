/** Saves text as a file through a temporary object URL (no downloads permission needed). */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Reads a chosen file as text, refusing anything too big to be ours before reading it. */
export async function readFileText(file: File, maxBytes: number): Promise<{ ok: true; text: string } | { ok: false }> {
  if (file.size > maxBytes) return { ok: false };
  return { ok: true, text: await file.text() };
}
