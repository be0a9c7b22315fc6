/**
 * The work behind "Copy follow-up", loaded on the seller's click so the list page carries none of the
 * template code until then: fill the follow-up, refuse what must not go out, write the clipboard.
 */

import type { CollaborationSnapshot, HealthIssue } from '@/lib/health/types';
import { t } from '@/lib/i18n';
import { type FollowUp, followUpFor } from '@/lib/templates/follow-up';
import type { FollowUpSource } from './CopyFollowUp';

export interface CopyOutcome {
  line: string;
  /** The text to copy by hand when the clipboard refused; null otherwise. */
  manual: string | null;
  /** What reached the clipboard; null when nothing did. */
  copied: FollowUp | null;
}

export async function copyFollowUp(
  issue: HealthIssue,
  snapshot: CollaborationSnapshot | undefined,
  source: FollowUpSource,
  write: (text: string) => Promise<void>,
): Promise<CopyOutcome | null> {
  const f = followUpFor(issue, snapshot, source.templates, source.shopName, source.language, source.region);
  if (!f) return null;
  if (f.blocked) return { line: t('templates_not_used', f.blocked), manual: null, copied: null };
  // The click's user activation outlives loading this chunk, so the clipboard still accepts the write.
  if (
    !(await write(f.text).then(
      () => true,
      () => false,
    ))
  )
    return { line: t('report_copy_failed'), manual: f.text, copied: null };
  return { line: f.leftOut ? `${t('templates_copied')} ${f.leftOut}` : t('templates_copied'), manual: null, copied: f };
}
