/**
 * Every string of the options page. Texts live in lib/i18n/locales/<lang>/options.json; each entry reads
 * its text at call time (getter or function), after the page has chosen its language.
 */
import { type MessageKey, t, tn } from '@/lib/i18n';
import { texts } from '@/lib/texts';

/** A field's label and hint ('' when it has none). */
const field = (label: MessageKey, hint?: MessageKey): [string, string] => [t(label), hint ? t(hint) : ''];

export const OPTIONS_TEXT = {
  get title() {
    return t('options_title');
  },
  get intro() {
    return t('options_intro');
  },
  get loading() {
    return t('options_loading');
  },
  groups: texts({
    collaboration: 'options_group_collaboration',
    stock: 'options_group_stock',
    fit: 'options_group_fit',
    warnings: 'options_group_warnings',
    regions: 'options_group_regions',
    pages: 'options_group_pages',
    data: 'options_group_data',
  }),
  fields: {
    get defaultDurationDays() {
      return field('options_field_duration_days', 'options_hint_duration_days');
    },
    get defaultTargetRateBp() {
      return field('options_field_target_rate', 'options_hint_target_rate');
    },
    get raiseMarginBp() {
      return field('options_field_raise_margin', 'options_hint_raise_margin');
    },
    get defaultContentType() {
      return field('options_field_content_type');
    },
    get defaultSampleOffer() {
      return field('options_field_sample_offer');
    },
    get defaultFeeStructure() {
      return field('options_field_fee_structure', 'options_hint_fee_structure');
    },
    get minStock() {
      return field('options_field_min_stock', 'options_hint_min_stock');
    },
    get sampleUnitsPerCreator() {
      return field('options_field_sample_units', 'options_hint_sample_units');
    },
    get 'fit.minFollowers'() {
      return field('options_field_min_followers');
    },
    get 'fit.minGmv'() {
      return field('options_field_min_gmv', 'options_hint_min_gmv');
    },
    get 'fit.minEngagement'() {
      return field('options_field_min_engagement', 'options_hint_min_engagement');
    },
    get 'fit.minSampleFulfilment'() {
      return field('options_field_min_sample_fulfilment', 'options_hint_min_sample_fulfilment');
    },
    get confirmWarnings() {
      return field('options_field_confirm_warnings');
    },
    get showReadings() {
      return field('options_field_show_readings');
    },
    get notAcceptedAfterDays() {
      return field('options_field_not_accepted_after_days', 'options_hint_not_accepted_after_days');
    },
    get recentInviteDays() {
      return field('memorypage_recent_days_label', 'memorypage_recent_days_help');
    },
    get 'overlay.findCreators'() {
      return field('options_field_overlay_find_creators');
    },
    get 'overlay.createInvitation'() {
      return field('options_field_overlay_create_invitation');
    },
    get 'overlay.invitationList'() {
      return field('options_field_overlay_invitation_list');
    },
  } as Record<string, [string, string]>,
  options: {
    get video() {
      return t('options_option_video');
    },
    get live() {
      return t('options_option_live');
    },
    get any() {
      return t('options_option_any');
    },
    get 'free-sample'() {
      return t('options_option_free_sample');
    },
    get 'refund-first-sale'() {
      return t('options_option_refund_first_sale');
    },
    get none() {
      return t('options_option_none');
    },
    get commission() {
      return t('options_option_commission');
    },
    get 'flat-fee'() {
      return t('options_option_flat_fee');
    },
  } as Record<string, string>,
  get inherit() {
    return t('options_inherit');
  },
  get regionIntro() {
    return t('options_region_intro');
  },
  get regionPick() {
    return t('options_region_pick');
  },
  get regionAdd() {
    return t('options_region_add');
  },
  regionRemove: (r: string) => t('options_region_remove', r),
  regionHeading: (r: string) => t('options_region_heading', r),
  get save() {
    return t('options_save');
  },
  get saved() {
    return t('options_saved');
  },
  fixErrors: (n: number) => tn('options_fix_errors', n, n),
  get reset() {
    return t('options_reset');
  },
  get resetConfirm() {
    return t('options_reset_confirm');
  },
  get resetYes() {
    return t('options_reset_yes');
  },
  get resetNo() {
    return t('options_reset_no');
  },
  get resetDone() {
    return t('options_reset_done');
  },
  get exportBtn() {
    return t('options_export');
  },
  get exported() {
    return t('options_exported');
  },
  get importLabel() {
    return t('options_import_label');
  },
  get imported() {
    return t('options_imported');
  },
  importFailed: (reason: string) => t('options_import_failed', reason),
  get fileTooBig() {
    return t('options_file_too_big');
  },
  get setAsideBtn() {
    return t('options_set_aside_button');
  },
  get setAsideNone() {
    return t('options_set_aside_none');
  },
  setAsideDone: (n: number) => tn('options_set_aside_done', n, n),
  get setAsideHint() {
    return t('options_set_aside_hint');
  },
  get setAsideDelete() {
    return t('options_set_aside_delete_button');
  },
  get setAsideDeleteConfirm() {
    return t('options_set_aside_delete_confirm');
  },
  get setAsideDeleteYes() {
    return t('options_set_aside_delete_yes');
  },
  get setAsideDeleteNo() {
    return t('options_set_aside_delete_no');
  },
  setAsideDeleted: (n: number) => tn('options_set_aside_deleted', n, n),
  get dismiss() {
    return t('options_dismiss');
  },
  get noAnswer() {
    return t('options_no_answer');
  },
  errors: {
    get wholeNumber() {
      return t('options_error_whole_number');
    },
    get number() {
      return t('options_error_number');
    },
    between: (min: number, max: number) => t('options_error_between', min, max),
    get percent() {
      return t('options_error_percent');
    },
    get margin() {
      return t('options_error_margin');
    },
  },
};
