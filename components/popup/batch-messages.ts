/**
 * The strings of the batch list (Batches.tsx), which Find creators shows as well as the popup: a table of
 * their own, so the page loads these and not every string of the popup. Read at call time, as in messages.ts.
 */
import { t, tn } from '@/lib/i18n';
import { texts } from '@/lib/texts';

/** Two counts side by side ("2 creators, 3 products"): a list join, each part a whole plural phrase. */
const both = (...parts: string[]) => parts.filter(Boolean).join(', ');

export const BATCH_TEXT = texts(
  {
    opened: 'finder_opened_create',
    batchesHeading: 'finder_batches_heading',
    batchesLoading: 'finder_batches_loading',
    batchesNone: 'finder_batches_none',
    openBatch: 'finder_open_batch',
  },
  {
    batchLine: (n: number, products: number) =>
      both(tn('finder_batch_creators', n, n), tn('finder_batch_products', products, products)),
    openBatchLabel: (i: number) => t('finder_open_batch_label', i),
    moreFindings: (n: number) => tn('finder_more_findings', n, n),
    findings: (errors: number, warnings: number) =>
      both(
        errors ? tn('finder_findings_errors', errors, errors) : '',
        warnings ? tn('finder_findings_warnings', warnings, warnings) : '',
      ),
  },
);
