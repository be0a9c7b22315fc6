import { PanelShell } from '@/components/panel/PanelShell';
import type { PageRecognition } from '@/lib/pages/recognise';

const PAGE_NAMES: Record<string, string> = {
  'find-creators': 'Find creators',
  'creator-detail': 'Creator details',
  'create-invitation': 'Create target collaboration',
  'invitation-list': 'Target collaborations',
};

export interface PanelAppProps {
  page: Exclude<PageRecognition, { kind: 'not-ours' }>;
  url: URL;
  signal: AbortSignal;
}

/** Picks the feature for the recognised page; an unrecognised page gets a plain explanation. */
export function PanelApp({ page }: PanelAppProps) {
  if (page.kind === 'not-recognised') {
    return (
      <PanelShell title="Collab Pilot" subtitle="Page not recognised">
        <div class="cp-alert cp-alert--warning" role="status">
          <p>
            Collab Pilot could not find what it reads on this page, so its checks are off here. The page itself works as
            usual.
          </p>
          {page.missing.length > 0 ? <p class="cp-muted">Missing: {page.missing.join(', ')}</p> : null}
        </div>
      </PanelShell>
    );
  }
  return (
    <PanelShell title="Collab Pilot" subtitle={`${PAGE_NAMES[page.kind] ?? page.kind} page recognised`}>
      <p class="cp-muted">Checks for this page load here.</p>
    </PanelShell>
  );
}
