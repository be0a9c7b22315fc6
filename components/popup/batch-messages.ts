/**
 * The strings of the batch list (Batches.tsx), which Find creators shows as well as the popup: a table of
 * their own, so the page loads these and not every string of the popup. Read at call time, as in messages.ts.
 */
import { t, tn } from '@/lib/i18n';

/** Two counts side by side ("2 creators, 3 products"): a list join, each part a whole plural phrase. */
const both = (...parts: string[]) => parts.filter(Boolean).join(', ');

export const BATCH_TEXT = {
  get opened() {
    return t('finder_opened_create');
  },
  get batchesHeading() {
    return t('finder_batches_heading');
  },
  get batchesLoading() {
    return t('finder_batches_loading');
  },
  get batchesNone() {
    return t('finder_batches_none');
  },
  batchLine: (n: number, products: number) =>
    both(tn('finder_batch_creators', n, n), tn('finder_batch_products', products, products)),
  get openBatch() {
    return t('finder_open_batch');
  },
  openBatchLabel: (i: number) => t('finder_open_batch_label', i),
  moreFindings: (n: number) => tn('finder_more_findings', n, n),
  findings: (errors: number, warnings: number) =>
    both(
      errors ? tn('finder_findings_errors', errors, errors) : '',
      warnings ? tn('finder_findings_warnings', warnings, warnings) : '',
    ),
};
