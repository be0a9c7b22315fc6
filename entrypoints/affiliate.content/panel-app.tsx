import type { ComponentChild, ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { debugFailure } from '@/components/common/debug';
import { loadLaterTexts } from '@/components/common/i18n';
import { sendMessage } from '@/components/common/rpc';
import { PanelShell } from '@/components/panel/PanelShell';
import { ReadingsContext } from '@/components/panel/readings-context';
import { t } from '@/lib/i18n';
import { type PageKind, type PageRecognition, pageTitle } from '@/lib/pages/recognise';
import { PAGES } from '@/lib/pages/registry';
import type { Reading } from '@/lib/report/readings';
import { FeatureSlot } from './feature-loader';
import type { PageDataStore } from './page-data';
import { useSettings } from './settings-hook';

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
    const readings: Reading[] = [
      {
        key: 'page',
        source: 'not-found',
        detail: page.missing.length > 0 ? t('panel_missing', page.missing.join(', ')) : t('panel_not_recognised_title'),
      },
    ];
    return (
      <PanelShell title={t('app_name')} subtitle={t('panel_not_recognised_title')}>
        <div class="cp-alert cp-alert--warning" role="status" data-state="not-recognised">
          <p>{t('panel_not_recognised')}</p>
          {page.missing.length > 0 ? <p class="cp-muted">{t('panel_missing', page.missing.join(', '))}</p> : null}
        </div>
        {settings.showReadings ? (
          <Report
            draw={(m) => <m.ReadingReport readings={readings} context={() => m.reportContext(props.url, page.kind)} />}
          />
        ) : null}
      </PanelShell>
    );
  }
  const key = PAGES[page.kind].settingsKey;
  if (!settings.overlay[key]) return null;
  return (
    <PanelShell
      title={t('app_name')}
      subtitle={pageTitle(page.kind)}
      collapsed={settings.panelCollapsed[key]}
      onToggle={(collapsed) => void sendMessage({ type: 'settings/panel', page: key, collapsed })}
    >
      <WithReadings
        show={settings.showReadings}
        page={page.kind}
        language={page.language}
        url={props.url}
        data={props.data}
      >
        {/* Each feature is its own chunk, preloaded by the page controller from the URL. Keyed by the page's
          language: when the page switches language, the feature is drawn anew and reads every text again,
          while the frame (open, placed, collapsed) stays as it is. */}
        <FeatureSlot key={page.language} page={page} url={props.url} signal={props.signal} data={props.data} />
      </WithReadings>
    </PanelShell>
  );
}

type PageReport = typeof import('./page-report');

/**
 * The reading report is off unless the seller turns it on in the options: its code loads only then, and
 * the report appears once it has.
 */
function Report({ draw }: { draw: (report: PageReport) => ComponentChild }) {
  const [mod, setMod] = useState<PageReport | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([import('./page-report'), loadLaterTexts('report')]).then(
      ([m]) => live && setMod(m),
      (e: unknown) => debugFailure('the reading report could not be loaded', e),
    );
    return () => {
      live = false;
    };
  }, []);
  return mod ? draw(mod) : null;
}

interface WithReadingsProps {
  show: boolean;
  page: PageKind;
  language: string;
  url: URL;
  data: PageDataStore;
  children: ComponentChildren;
}

/** Collects what the feature reads and, when the seller asked for it, lists it under the feature. */
function WithReadings(props: WithReadingsProps) {
  const [readings, setReadings] = useState<readonly Reading[]>([]);
  const publish = useCallback((r: readonly Reading[]) => setReadings(r), []);
  return (
    <ReadingsContext.Provider value={props.show ? publish : null}>
      {props.children}
      {props.show ? (
        <Report
          draw={(m) => (
            <m.PageReadings
              page={props.page}
              language={props.language}
              url={props.url}
              data={props.data}
              feature={readings}
            />
          )}
        />
      ) : null}
    </ReadingsContext.Provider>
  );
}
