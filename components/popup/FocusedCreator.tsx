/** "Queue this creator" / "Invite now" for the creator the active Seller Center tab shows. */

import { useState } from 'preact/hooks';
import type { FocusedCreatorReply } from '@/lib/messages';
import type { Status } from '../common/StatusLine';
import { StatusLine } from '../common/StatusLine';
import type { PopupApi } from './api';
import { CreatorMemory } from './CreatorMemory';
import { POPUP_TEXT as T } from './messages';

export function FocusedCreator({ api, focus }: { api: PopupApi; focus: FocusedCreatorReply }) {
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const c = focus.creator;
  if (!c) return null;
  const who = c.handle ? `@${c.handle.replace(/^@/, '')}` : (c.nickname ?? c.id);

  /** Queues the creator with the seller's default terms; returns the entry id (new or existing). */
  const queue = async (): Promise<string | null> => {
    const entryId = api.newOpId();
    const r = await api.send({
      type: 'queue/add',
      opId: api.newOpId(),
      inputs: [{ id: entryId, creator: c }],
      ...(focus.region ? { region: focus.region } : {}),
    });
    if (!r.ok) {
      setStatus({ kind: 'error', text: r.error });
      return null;
    }
    const dup = r.data.duplicates[0];
    setStatus({ kind: 'ok', text: dup ? T.alreadyQueued(who) : T.queued(who) });
    return dup ? dup.existingId : (r.data.added[0] ?? entryId);
  };

  const act = async (invite: boolean) => {
    setBusy(true);
    try {
      const id = await queue();
      if (!id || !invite) return;
      const r = await api.send({
        type: 'batch/open',
        opId: api.newOpId(),
        entryIds: [id],
        ...(focus.region ? { region: focus.region } : {}),
      });
      setStatus(r.ok ? { kind: 'ok', text: T.opened } : { kind: 'error', text: r.error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="creator" aria-labelledby="creator-h">
      <h2 id="creator-h">{T.creatorHeading}</h2>
      <p class="creator__who">{who}</p>
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => act(false)}>
          {T.queueCreator}
        </button>
        <button type="button" class="primary" disabled={busy} onClick={() => act(true)}>
          {T.inviteNow}
        </button>
      </div>
      <StatusLine status={status} />
      <CreatorMemory api={api} creatorId={c.id} />
    </section>
  );
}
