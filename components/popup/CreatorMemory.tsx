/** The focused creator's history with the seller, and the seller's note, tags and "don't invite" mark. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { historyLines } from '@/lib/memory/history-text';
import type { CreatorMemory as Memory } from '@/lib/memory/schema';
import type { Status } from '../common/StatusLine';
import { StatusLine } from '../common/StatusLine';
import type { PopupApi } from './api';

const splitTags = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function CreatorMemory({ api, creatorId }: { api: PopupApi; creatorId: string }) {
  const [memory, setMemory] = useState<Memory | null>(null);
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [stop, setStop] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);

  const show = (m: Memory | null) => {
    setMemory(m);
    setNote(m?.notes ?? '');
    setTags((m?.tags ?? []).join(', '));
    setStop(m?.doNotInvite ?? false);
  };

  useEffect(() => {
    let live = true;
    void api.send({ type: 'memory/creator', creatorId }).then((r) => {
      if (live && r.ok) show(r.data.memory);
    });
    return () => {
      live = false;
    };
  }, [api, creatorId]);

  const save = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      let last: Memory | null = memory;
      const writes = [];
      if (note !== (memory?.notes ?? '')) writes.push(api.send({ type: 'memory/note', creatorId, note }));
      if (splitTags(tags).join(',') !== (memory?.tags ?? []).join(','))
        writes.push(api.send({ type: 'memory/tags', creatorId, tags: splitTags(tags) }));
      if (stop !== (memory?.doNotInvite ?? false))
        writes.push(api.send({ type: 'memory/do-not-invite', creatorId, value: stop }));
      // One after another: the worker's write chain orders them anyway, and the last answer is the whole record.
      for (const w of writes) {
        const r = await w;
        if (!r.ok) {
          setStatus({ kind: 'error', text: t('memorypage_not_saved', r.error) });
          return;
        }
        last = r.data.memory;
      }
      show(last);
      setStatus({ kind: 'ok', text: t('memorypage_saved') });
    } finally {
      setBusy(false);
    }
  };

  const lines = memory ? historyLines(memory) : [];
  return (
    <div class="creator-memory">
      <h3 id="creator-history-h">{t('memorypage_history')}</h3>
      {lines.length ? (
        <ul class="creator-memory__history" aria-labelledby="creator-history-h">
          {lines.map((l) => (
            <li key={l.key}>{l.text}</li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('memorypage_no_history')}</p>
      )}
      <form class="creator-memory__form" onSubmit={save}>
        <label class="check">
          <input
            type="checkbox"
            name="doNotInvite"
            checked={stop}
            onChange={(e) => setStop((e.currentTarget as HTMLInputElement).checked)}
          />
          {t('memorypage_do_not_invite_label')}
        </label>
        <label for="creator-note">{t('memorypage_note_label')}</label>
        <textarea
          id="creator-note"
          name="note"
          rows={3}
          maxLength={2000}
          value={note}
          onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <label for="creator-tags">{t('memorypage_tags_label')}</label>
        <input
          id="creator-tags"
          name="tags"
          type="text"
          value={tags}
          onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" disabled={busy}>
          {t('memorypage_save')}
        </button>
      </form>
      <StatusLine status={status} />
    </div>
  );
}
