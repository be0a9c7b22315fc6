import { useMemo } from 'preact/hooks';
import { useReadings } from '@/components/panel/readings-context';
import { pageLocale } from '@/lib/format/locale';
import { guardFindings, pageCurrency, productRows } from '@/lib/guard/view-model';
import type { CreateForm } from '@/lib/pages/create-invitation';
import { toInvitationDraft } from '@/lib/pages/draft';
import type { Language } from '@/lib/pages/labels';
import type { ResolvedSettings } from '@/lib/settings/resolve';
import type { PageData } from '../page-data';

/**
 * The form as the rules see it: the draft (form joined with the page's JSON), the findings on it and
 * the product table's rows, worked out again only when the form, the page's JSON or the settings change.
 */
export function useDraftChecks(
  page: { language: Language; region: string | null },
  form: CreateForm | null,
  pageData: PageData,
  settings: ResolvedSettings,
) {
  const built = useMemo(
    () =>
      form
        ? toInvitationDraft(form, pageData.products, pageData.creators, {
            language: page.language,
            utcOffsetMinutes: -new Date().getTimezoneOffset(),
            sampleUnitsPerCreator: settings.sampleUnitsPerCreator,
          })
        : null,
    [form, pageData.rev, settings.sampleUnitsPerCreator],
  );
  useReadings((r) => r.createReadings(form, pageData.products), [form, pageData.rev]);
  const findings = useMemo(
    () =>
      guardFindings(built, pageData, {
        now: Date.now(),
        minStock: settings.minStock,
        locale: pageLocale(page.language, page.region),
        currency: pageCurrency(pageData.products),
      }),
    [built, settings, pageData.rev],
  );
  const products = useMemo(() => productRows(built, form, settings), [built, settings]);
  return { built, findings, products };
}
