/**
 * Options: creator memory to a JSON file and back (merged: nothing already here is lost), and as CSV
 * to read. A bad file is refused whole, with the reason; unreadable records in a good one are counted.
 */
import { useState } from 'preact/hooks';
import { STORAGE_LIMITS } from '@/lib/config/storage-limits';
import { t } from '@/lib/i18n';
import { readFileText } from '../common/download';
import type { Status } from '../common/StatusLine';
import { StatusLine } from '../common/StatusLine';
import { OPTIONS_TEXT as T } from './messages';
import type { OptionsApi } from './OptionsApp';

export function CreatorMemoryGroup({ api }: { api: OptionsApi }) {
  const [status, setStatus] = useState<Status | null>(null);

  const exportAs = async (format: 'json' | 'csv') => {
    const r = await api.send({ type: 'memory/export', format });
    if (!r.ok) return setStatus({ kind: 'error', text: r.error });
    api.download(r.data.filename, r.data.text, format === 'csv' ? 'text/csv' : 'application/json');
    setStatus({ kind: 'ok', text: t('memorypage_exported', r.data.count) });
  };

  const importFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = await readFileText(file, STORAGE_LIMITS.importMaxChars);
    if (!read.ok) return setStatus({ kind: 'error', text: T.importFailed(t('memorypage_file_too_big')) });
    const r = await api.send({ type: 'memory/import', text: read.text });
    if (r.ok) setStatus({ kind: 'ok', text: t('memorypage_imported', r.data.added, r.data.merged, r.data.rejected) });
    else setStatus({ kind: 'error', text: T.importFailed(r.error) });
  };

  return (
    <section class="group" aria-labelledby="g-memory-h">
      <h2 id="g-memory-h">{t('memorypage_options_heading')}</h2>
      <p class="field__hint">{t('memorypage_options_intro')}</p>
      <div class="actions">
        <button type="button" onClick={() => void exportAs('json')}>
          {t('memorypage_export_json')}
        </button>
        <button type="button" onClick={() => void exportAs('csv')}>
          {t('memorypage_export_csv')}
        </button>
        <label class="file">
          <span>{t('memorypage_import_label')}</span>
          <input type="file" accept="application/json,.json" onChange={importFile} />
        </label>
      </div>
      <StatusLine status={status} />
    </section>
  );
}
