/**
 * The reading report a panel shows under its feature, for the sellers who turn it on in the options: this
 * module loads only then (panel-app.tsx), with the report's component.
 */
import { browser } from 'wxt/browser';
import { ReadingReport } from '@/components/panel/ReadingReport';
import { currentLanguage, t } from '@/lib/i18n';
import { type PageKind, pageTitle } from '@/lib/pages/recognise';
import type { Reading } from '@/lib/report/readings';
import { type PageDataStore, usePageData } from './page-data';

export { ReadingReport };

export function reportContext(url: URL, page: string) {
  return {
    url: url.href,
    page,
    language: currentLanguage(),
    extensionVersion: browser.runtime.getManifest().version,
    browser: navigator.userAgent,
    now: new Date(),
  };
}

export interface PageReadingsProps {
  page: PageKind;
  language: string;
  url: URL;
  data: PageDataStore;
  /** What the feature published (components/panel/readings-context.ts). */
  feature: readonly Reading[];
}

/** The readings every page shares (page, language, quota) with the feature's own. */
export function PageReadings(props: PageReadingsProps) {
  const { quota } = usePageData(props.data);
  const all: Reading[] = [
    { key: 'page', source: 'page-text', detail: pageTitle(props.page) },
    { key: 'language', source: 'page-text', detail: props.language },
    quota
      ? { key: 'quota', source: 'page-data', detail: t('report_quota_detail', quota.used24h, quota.cap24h) }
      : { key: 'quota', source: 'not-found', detail: t('report_not_loaded') },
    ...props.feature,
  ];
  return <ReadingReport readings={all} context={() => reportContext(props.url, props.page)} />;
}
