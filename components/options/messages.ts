/**
 * Every string of the options page. Texts live in lib/i18n/locales/<lang>/options.json; each entry reads
 * its text at call time (getter or function), after the page has chosen its language.
 */
import { type MessageKey, t, tn } from '@/lib/i18n';
import { texts } from '@/lib/texts';

/** Each field's label and hint ('' when it has none), looked up when read, like `texts`. */
function fields(keys: Record<string, readonly [MessageKey, MessageKey?]>): Record<string, [string, string]> {
  const out: Record<string, [string, string]> = {};
  for (const [name, [label, hint]] of Object.entries(keys))
    Object.defineProperty(out, name, { get: () => [t(label), hint ? t(hint) : ''], enumerable: true });
  return out;
}

export const OPTIONS_TEXT = texts(
  {
    title: 'options_title',
    intro: 'options_intro',
    loading: 'options_loading',
    inherit: 'options_inherit',
    regionIntro: 'options_region_intro',
    regionPick: 'options_region_pick',
    regionAdd: 'options_region_add',
    save: 'options_save',
    saved: 'options_saved',
    reset: 'options_reset',
    resetConfirm: 'options_reset_confirm',
    resetYes: 'options_reset_yes',
    resetNo: 'options_reset_no',
    resetDone: 'options_reset_done',
    exportBtn: 'options_export',
    exported: 'options_exported',
    importLabel: 'options_import_label',
    imported: 'options_imported',
    fileTooBig: 'options_file_too_big',
    setAsideBtn: 'options_set_aside_button',
    setAsideNone: 'options_set_aside_none',
    setAsideHint: 'options_set_aside_hint',
    setAsideDelete: 'options_set_aside_delete_button',
    setAsideDeleteConfirm: 'options_set_aside_delete_confirm',
    setAsideDeleteYes: 'options_set_aside_delete_yes',
    setAsideDeleteNo: 'options_set_aside_delete_no',
    dismiss: 'options_dismiss',
    noAnswer: 'options_no_answer',
  },
  {
    groups: texts({
      collaboration: 'options_group_collaboration',
      stock: 'options_group_stock',
      fit: 'options_group_fit',
      warnings: 'options_group_warnings',
      regions: 'options_group_regions',
      pages: 'options_group_pages',
      data: 'options_group_data',
    }),
    fields: fields({
      defaultDurationDays: ['options_field_duration_days', 'options_hint_duration_days'],
      defaultTargetRateBp: ['options_field_target_rate', 'options_hint_target_rate'],
      raiseMarginBp: ['options_field_raise_margin', 'options_hint_raise_margin'],
      defaultContentType: ['options_field_content_type'],
      defaultSampleOffer: ['options_field_sample_offer'],
      defaultFeeStructure: ['options_field_fee_structure', 'options_hint_fee_structure'],
      minStock: ['options_field_min_stock', 'options_hint_min_stock'],
      sampleUnitsPerCreator: ['options_field_sample_units', 'options_hint_sample_units'],
      'fit.minFollowers': ['options_field_min_followers'],
      'fit.minGmv': ['options_field_min_gmv', 'options_hint_min_gmv'],
      'fit.minEngagement': ['options_field_min_engagement', 'options_hint_min_engagement'],
      'fit.minSampleFulfilment': ['options_field_min_sample_fulfilment', 'options_hint_min_sample_fulfilment'],
      confirmWarnings: ['options_field_confirm_warnings'],
      showReadings: ['options_field_show_readings'],
      notAcceptedAfterDays: ['options_field_not_accepted_after_days', 'options_hint_not_accepted_after_days'],
      recentInviteDays: ['memorypage_recent_days_label', 'memorypage_recent_days_help'],
      'overlay.findCreators': ['options_field_overlay_find_creators'],
      'overlay.createInvitation': ['options_field_overlay_create_invitation'],
      'overlay.invitationList': ['options_field_overlay_invitation_list'],
    }),
    options: texts({
      video: 'options_option_video',
      live: 'options_option_live',
      any: 'options_option_any',
      'free-sample': 'options_option_free_sample',
      'refund-first-sale': 'options_option_refund_first_sale',
      none: 'options_option_none',
      commission: 'options_option_commission',
      'flat-fee': 'options_option_flat_fee',
    }) as Record<string, string>,
    regionRemove: (r: string) => t('options_region_remove', r),
    regionHeading: (r: string) => t('options_region_heading', r),
    fixErrors: (n: number) => tn('options_fix_errors', n, n),
    importFailed: (reason: string) => t('options_import_failed', reason),
    setAsideDone: (n: number) => tn('options_set_aside_done', n, n),
    setAsideDeleted: (n: number) => tn('options_set_aside_deleted', n, n),
    errors: texts(
      {
        wholeNumber: 'options_error_whole_number',
        number: 'options_error_number',
        percent: 'options_error_percent',
        margin: 'options_error_margin',
      },
      {
        between: (min: number, max: number) => t('options_error_between', min, max),
      },
    ),
  },
);
