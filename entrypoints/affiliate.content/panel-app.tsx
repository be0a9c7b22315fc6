import { sendMessage } from '@/components/common/rpc';
import { PanelShell } from '@/components/panel/PanelShell';
import type { PageRecognition } from '@/lib/pages/recognise';
import type { PageKey } from '@/lib/settings/schema';
import { FindCreatorsFeature } from './features/find-creators';
import { HealthFeature } from './features/health';
import { SetupGuardFeature } from './features/setup-guard';
import type { PageDataStore } from './page-data';
import { useSettings } from './settings-hook';

const PAGE_NAMES: Record<string, string> = {
  'find-creators': 'Find creators',
  'creator-detail': 'Creator details',
  'create-invitation': 'Create target collaboration',
  'invitation-list': 'Target collaborations',
};

const SETTINGS_PAGE: Record<string, PageKey> = {
  'find-creators': 'findCreators',
  'creator-detail': 'findCreators',
  'create-invitation': 'createInvitation',
  'invitation-list': 'invitationList',
};

export interface PanelAppProps {
  page: Exclude<PageRecognition, { kind: 'not-ours' }>;
  url: URL;
  signal: AbortSignal;
  data: PageDataStore;
}

/** Picks the feature for the recognised page; an unrecognised page gets a plain explanation. */
export function PanelApp(props: PanelAppProps) {
  const { page } = props;
  const settings = useSettings(page.kind === 'not-recognised' ? null : page.region);
  if (page.kind === 'not-recognised') {
    return (
      <PanelShell title="Collab Pilot" subtitle="Page not recognised">
        <div class="cp-alert cp-alert--warning" role="status" data-state="not-recognised">
          <p>
            Collab Pilot could not find what it reads on this page, so its checks are off here. The page itself works as
            usual.
          </p>
          {page.missing.length > 0 ? <p class="cp-muted">Missing: {page.missing.join(', ')}</p> : null}
        </div>
      </PanelShell>
    );
  }
  const key = SETTINGS_PAGE[page.kind] ?? 'findCreators';
  if (!settings.overlay[key]) return null;
  return (
    <PanelShell
      title="Collab Pilot"
      subtitle={PAGE_NAMES[page.kind] ?? page.kind}
      collapsed={settings.panelCollapsed[key]}
      onToggle={(collapsed) => void sendMessage({ type: 'settings/panel', page: key, collapsed })}
    >
      {page.kind === 'create-invitation' ? (
        <SetupGuardFeature page={page} url={props.url} signal={props.signal} data={props.data} />
      ) : page.kind === 'invitation-list' ? (
        <HealthFeature page={page} url={props.url} signal={props.signal} data={props.data} />
      ) : (
        <FindCreatorsFeature page={page} url={props.url} signal={props.signal} data={props.data} />
      )}
    </PanelShell>
  );
}
