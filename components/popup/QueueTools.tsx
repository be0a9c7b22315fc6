import { useState } from 'preact/hooks';
import { STORAGE_LIMITS } from '@/lib/config/storage-limits';
import { downloadText, readFileText } from '../common/download';
import { type Status, StatusLine } from '../common/StatusLine';
import type { PopupApi } from './api';
import { POPUP_TEXT as T } from './messages';

/** CSV export of the queue and its history, and import of creator handles or ids with a per-row report. */
export function QueueTools({ api }: { api: PopupApi }) {
  const [status, setStatus] = useState<Status | null>(null);
  const [report, setReport] = useState<Array<{ line: number; reason: string }>>([]);

  const exportCsv = async () => {
    const r = await api.send({ type: 'queue/export-csv' });
    if (!r.ok) return setStatus({ kind: 'error', text: r.error });
    downloadText(r.data.filename, r.data.text, 'text/csv;charset=utf-8');
    setStatus({ kind: 'ok', text: T.exported });
  };

  const importCsv = async (file: File | undefined) => {
    if (!file) return;
    const read = await readFileText(file, STORAGE_LIMITS.importMaxChars);
    if (!read.ok) return setStatus({ kind: 'error', text: T.csvTooBig });
    const r = await api.send({ type: 'queue/import-csv', opId: api.newOpId(), text: read.text });
    if (!r.ok) return setStatus({ kind: 'error', text: r.error });
    setReport(r.data.errors);
    setStatus({
      kind: r.data.errorCount ? 'error' : 'ok',
      text: T.imported(r.data.added, r.data.duplicates, r.data.errorCount),
    });
  };

  return (
    <section class="tools" aria-label={T.toolsLabel}>
      <button type="button" onClick={exportCsv}>
        {T.exportCsv}
      </button>
      <label class="file">
        <span>{T.importCsv}</span>
        <input
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => importCsv((e.currentTarget as HTMLInputElement).files?.[0])}
        />
      </label>
      <StatusLine status={status} />
      {report.length > 0 ? (
        <ul class="report" aria-label={T.reportLabel}>
          {report.slice(0, 50).map((e) => (
            <li key={e.line}>{T.reportLine(e.line, e.reason)}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
