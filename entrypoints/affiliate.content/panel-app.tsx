import { sendMessage } from '@/components/common/rpc';
import { PanelShell } from '@/components/panel/PanelShell';
import { t } from '@/lib/i18n';
import type { PageRecognition } from '@/lib/pages/recognise';
import type { PageKey } from '@/lib/settings/schema';
import { FeatureSlot } from './feature-loader';
import type { PageDataStore } from './page-data';
import { useSettings } from './settings-hook';

/** The panel's words; read at call time, after the content script chose its language. */
const PAGE_NAMES: Record<string, string> = {
  get 'find-creators'() { return t('panel_page_find_creators'); },
  get 'creator-detail'() { return t('panel_page_creator_detail'); },
  get 'create-invitation'() { return t('panel_page_create_invitation'); },
  get 'invitation-list'() { return t('panel_page_invitation_list'); },
};

const SETTINGS_PAGE: Record<string, PageKey> = {
  'find-creators': 'findCreators',
  'creator-detail': 'findCreators',
  'create-invitation': 'createInvitation',
  'invitation-list': 'invitationList',
};

export interface PanelAppProps {
  /** Null while the page is still rendering its anchors: nothing is shown, but the settings load. */
  page: Exclude<PageRecognition, { kind: 'not-ours' }> | null;
  url: URL;
  signal: AbortSignal;
  data: PageDataStore;
}

/** Picks the feature for the recognised page; an unrecognised page gets a plain explanation. */
export function PanelApp(props: PanelAppProps) {
  const { page } = props;
  const settings = useSettings(!page || page.kind === 'not-recognised' ? null : page.region);
  if (!page) return null;
  if (page.kind === 'not-recognised') {
    return (
      <PanelShell title={t('app_name')} subtitle={t('panel_not_recognised_title')}>
        <div class="cp-alert cp-alert--warning" role="status" data-state="not-recognised">
          <p>{t('panel_not_recognised')}</p>
          {page.missing.length > 0 ? <p class="cp-muted">{t('panel_missing', page.missing.join(', '))}</p> : null}
        </div>
      </PanelShell>
    );
  }
  const key = SETTINGS_PAGE[page.kind] ?? 'findCreators';
  if (!settings.overlay[key]) return null;
  return (
    <PanelShell
      title={t('app_name')}
      subtitle={PAGE_NAMES[page.kind] ?? page.kind}
      collapsed={settings.panelCollapsed[key]}
      onToggle={(collapsed) => void sendMessage({ type: 'settings/panel', page: key, collapsed })}
    >
      {/* Each feature is its own chunk, preloaded by the page controller from the URL. Keyed by the page's
          language: when the page switches language, the feature is drawn anew and reads every text again,
          while the frame (open, placed, collapsed) stays as it is. */}
      {page.kind === 'create-invitation' ? (
        <FeatureSlot key={page.language} name="setup-guard">{(m) => <m.Feature page={page} url={props.url} signal={props.signal} data={props.data} />}</FeatureSlot>
      ) : page.kind === 'invitation-list' ? (
        <FeatureSlot key={page.language} name="health">{(m) => <m.Feature page={page} url={props.url} signal={props.signal} data={props.data} />}</FeatureSlot>
      ) : (
        <FeatureSlot key={page.language} name="find-creators">{(m) => <m.Feature page={page} url={props.url} signal={props.signal} data={props.data} />}</FeatureSlot>
      )}
    </PanelShell>
  );
}
