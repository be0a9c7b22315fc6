import { useState } from 'preact/hooks';
import { type MessageKey, t } from '@/lib/i18n';
import {
  orderReadings,
  type Reading,
  type ReadingKey,
  type ReadingSource,
  type ReportContext,
  reportText,
} from '@/lib/report/readings';

const KEY_LABEL: Record<ReadingKey, MessageKey> = {
  page: 'report_key_page',
  language: 'report_key_language',
  quota: 'report_key_quota',
  rows: 'report_key_rows',
  creators: 'report_key_creators',
  products: 'report_key_products',
  rates: 'report_key_rates',
  stock: 'report_key_stock',
  endDate: 'report_key_end_date',
  collaborations: 'report_key_collaborations',
};

const SOURCE_LABEL: Record<ReadingSource, MessageKey> = {
  'page-data': 'report_source_page_data',
  'page-text': 'report_source_page_text',
  'not-found': 'report_source_not_found',
};

export interface ReadingReportProps {
  readings: readonly Reading[];
  context: () => ReportContext;
  /** The clipboard writer; the browser's by default. */
  writeText?: (text: string) => Promise<void>;
}

/**
 * "What Collab Pilot reads": each reading with its source, and a report the seller can copy and share
 * themselves. Shown only when the seller turns it on in the options.
 */
export function ReadingReport(props: ReadingReportProps) {
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; text: string }>({
    kind: 'idle',
  });
  const ordered = orderReadings(props.readings);
  const copy = () => {
    const text = reportText(props.context(), props.readings);
    const write = props.writeText ?? ((s: string) => navigator.clipboard.writeText(s));
    write(text).then(
      () => setState({ kind: 'copied' }),
      () => setState({ kind: 'manual', text }),
    );
  };
  return (
    <section class="cp-readings" aria-labelledby="cp-readings-title" data-testid="reading-report">
      <h3 id="cp-readings-title" class="cp-readings__title">
        {t('report_title')}
      </h3>
      <p class="cp-muted">{t('report_intro')}</p>
      {ordered.length === 0 ? (
        <p class="cp-muted">{t('report_none')}</p>
      ) : (
        <dl class="cp-readings__list">
          {ordered.map((r) => (
            <div key={r.key} class="cp-readings__row" data-reading={r.key} data-source={r.source}>
              <dt>{t(KEY_LABEL[r.key])}</dt>
              <dd>
                {r.detail}{' '}
                <span class={`cp-readings__source cp-readings__source--${r.source}`}>
                  ({t(SOURCE_LABEL[r.source])})
                </span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <button type="button" class="cp-btn" onClick={copy}>
        {t('report_copy')}
      </button>
      <p class="cp-sr-only" role="status">
        {state.kind === 'copied' ? t('report_copied') : ''}
      </p>
      {state.kind === 'copied' ? (
        <p class="cp-muted" aria-hidden="true">
          {t('report_copied')}
        </p>
      ) : null}
      {state.kind === 'manual' ? (
        <>
          <p role="alert">{t('report_copy_failed')}</p>
          <textarea
            class="cp-readings__text"
            readOnly
            rows={8}
            aria-label={t('report_report_label')}
            value={state.text}
            ref={(el) => el?.select()}
          />
        </>
      ) : null}
    </section>
  );
}
