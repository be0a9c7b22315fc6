import { useEffect, useMemo } from 'preact/hooks';
import { debugFailure } from '@/components/common/debug';
import { downloadText } from '@/components/common/download';
import { sendMessage } from '@/components/common/rpc';
import { HealthPanel } from '@/components/health/HealthPanel';
import { usePanelCounts } from '@/components/panel/panel-context';
import { useReadings } from '@/components/panel/readings-context';
import { pageLocale } from '@/lib/format/locale';
import { checkHealth, pathFamilyOf } from '@/lib/health';
import { snapshotsFromPage } from '@/lib/health/from-page';
import { readInvitationRows } from '@/lib/pages/invitation-list';
import type { PageRecognition } from '@/lib/pages/recognise';
import { type PageDataStore, usePageData } from '../page-data';
import { useSettings } from '../settings-hook';
import { HEALTH_FEATURE_MESSAGES } from './health/messages';
import { useListSeen } from './health/use-list-seen';
import { useNow } from './health/use-now';
import { useRowBadges } from './health/use-row-badges';

export interface HealthFeatureProps {
  page: Extract<PageRecognition, { kind: 'invitation-list' }>;
  url: URL;
  signal: AbortSignal;
  data: PageDataStore;
}

/** Excel only reads a CSV as UTF-8 (names, “quotes”, currency signs) when it starts with a byte-order mark. */
const UTF8_BOM = '\uFEFF';

function localYmd(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Collaboration health on the Target collaboration list: checks what the page's own search and
 * detail responses told us, lists the issues in the panel and puts a badge on each row that has any.
 */
export function HealthFeature({ page, url, signal, data }: HealthFeatureProps) {
  const settings = useSettings(page.region);
  const pageData = usePageData(data);
  const now = useNow();
  const locale = pageLocale(page.language, page.region);

  const snapshots = useMemo(
    () => snapshotsFromPage(pageData.groups, pageData.groupDetails),
    [pageData.rev, pageData.groups, pageData.groupDetails],
  );
  const result = useMemo(
    () =>
      checkHealth(snapshots, {
        now,
        minStock: settings.minStock,
        notAcceptedAfterDays: settings.notAcceptedAfterDays,
        locale,
      }),
    [snapshots, now, settings.minStock, settings.notAcceptedAfterDays, locale],
  );
  useEffect(() => {
    for (const err of result.failures) debugFailure('health check', err);
  }, [result]);
  const names = useMemo(() => new Map(snapshots.map((s) => [s.id, s.name])), [snapshots]);
  useRowBadges(result, names, signal);
  useListSeen(data, signal);
  // The pill shows how many collaborations need attention while the panel is closed.
  usePanelCounts(
    result.issues.filter((i) => i.severity === 'error').length,
    result.issues.filter((i) => i.severity === 'warning').length,
  );

  const listRead = pageData.listRead || pageData.groupDetails.size > 0;
  useReadings(
    (r) => {
      const rows = readInvitationRows(document);
      return r.listReadings(rows.ok ? rows.rows.length : 0, pageData.groups.size, listRead);
    },
    [pageData.rev, listRead],
  );

  const region = page.region ?? undefined;
  const onExport = (csv: string) =>
    downloadText(
      HEALTH_FEATURE_MESSAGES.csvFilename(page.region, localYmd(Date.now())),
      `${UTF8_BOM}${csv}`,
      'text/csv;charset=utf-8',
    );

  return (
    <HealthPanel
      snapshots={snapshots}
      result={result}
      origin={url.origin}
      pathFamily={pathFamilyOf(url.pathname)}
      {...(region ? { shopRegion: region } : {})}
      locale={locale}
      listRead={listRead}
      onExport={onExport}
      followUp={{
        templates: settings.templates,
        shopName: settings.shopName,
        language: page.language,
        region: page.region,
      }}
      // The creator memory keeps each follow-up the seller copied (from a trusted click; nothing is sent).
      onFollowUpCopied={(ids, templateId) => {
        for (const creatorId of ids) void sendMessage({ type: 'memory/follow-up', creatorId, templateId });
      }}
    />
  );
}
