/**
 * User-facing strings of the settings module. Texts live in lib/i18n/locales/<lang>/settings.json;
 * every entry reads its text at call time (getter or function) because the language is chosen at start-up.
 */
import { t, tn } from '../i18n';

/** Field names by dotted path; a path not listed here is shown as the path itself. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  get version() {
    return t('settings_field_version');
  },
  get defaultDurationDays() {
    return t('settings_field_default_duration_days');
  },
  get defaultTargetRateBp() {
    return t('settings_field_default_target_rate');
  },
  get raiseMarginBp() {
    return t('settings_field_raise_margin');
  },
  get minStock() {
    return t('settings_field_min_stock');
  },
  get sampleUnitsPerCreator() {
    return t('settings_field_sample_units');
  },
  get defaultContentType() {
    return t('settings_field_default_content_type');
  },
  get defaultSampleOffer() {
    return t('settings_field_default_sample_offer');
  },
  get defaultFeeStructure() {
    return t('settings_field_default_fee_structure');
  },
  get confirmWarnings() {
    return t('settings_field_confirm_warnings');
  },
  get showReadings() {
    return t('settings_field_show_readings');
  },
  get templates() {
    return t('settings_field_templates');
  },
  get shopName() {
    return t('settings_field_shop_name');
  },
  get fit() {
    return t('settings_field_fit');
  },
  get 'fit.minFollowers'() {
    return t('settings_field_fit_min_followers');
  },
  get 'fit.minGmv'() {
    return t('settings_field_fit_min_gmv');
  },
  get 'fit.minEngagement'() {
    return t('settings_field_fit_min_engagement');
  },
  get 'fit.minSampleFulfilment'() {
    return t('settings_field_fit_min_sample_fulfilment');
  },
  get notAcceptedAfterDays() {
    return t('settings_field_not_accepted_after_days');
  },
  get recentInviteDays() {
    return t('memorypage_recent_days_label');
  },
  get regionOverrides() {
    return t('settings_field_region_overrides');
  },
  get overlay() {
    return t('settings_field_overlay');
  },
  get 'overlay.findCreators'() {
    return t('settings_field_overlay_find_creators');
  },
  get 'overlay.createInvitation'() {
    return t('settings_field_overlay_create_invitation');
  },
  get 'overlay.invitationList'() {
    return t('settings_field_overlay_invitation_list');
  },
  get panelCollapsed() {
    return t('settings_field_panel_collapsed');
  },
  get 'panelCollapsed.findCreators'() {
    return t('settings_field_panel_collapsed_find_creators');
  },
  get 'panelCollapsed.createInvitation'() {
    return t('settings_field_panel_collapsed_create_invitation');
  },
  get 'panelCollapsed.invitationList'() {
    return t('settings_field_panel_collapsed_invitation_list');
  },
};

/** Names for paths FIELD_LABELS cannot name: the whole settings, and a region's fields. */
export const FIELD_NAMES = {
  get whole() {
    return t('settings_field_whole');
  },
  region: (region: string, label: string) => t('settings_field_region', region, label),
  regionWhole: (region: string) => t('settings_field_region_whole', region),
};

/**
 * Why settings were refused. Whole sentences for file-level problems; for a field, a clause that
 * names the field (`label`), which `problem`/`problemAndMore` turn into the sentence.
 */
export const REASONS = {
  get notJson() {
    return t('settings_not_json');
  },
  get notObject() {
    return t('settings_not_object');
  },
  get noVersion() {
    return t('settings_no_version');
  },
  // A version is an identifier: passed as text so it is never shown with a thousands separator.
  newerVersion: (v: number) => t('settings_newer_version', String(v)),
  unknownVersion: (v: string) => t('settings_unknown_version', v),
  mustBeNumber: (label: string) => t('settings_must_be_number', label),
  mustBeWholeNumber: (label: string) => t('settings_must_be_whole_number', label),
  mustBeText: (label: string) => t('settings_must_be_text', label),
  mustBeOnOff: (label: string) => t('settings_must_be_on_off', label),
  mustBeGroup: (label: string) => t('settings_must_be_group', label),
  tooBig: (label: string, max: number | string) => t('settings_too_big', label, max),
  tooBigPercent: (label: string, max: number) => t('settings_too_big_percent', label, max),
  tooSmall: (label: string, min: number | string) => t('settings_too_small', label, min),
  tooSmallPercent: (label: string, min: number) => t('settings_too_small_percent', label, min),
  oneOf: (label: string, values: string) => t('settings_one_of', label, values),
  unknownKeys: (label: string, keys: string) => t('settings_unknown_keys', label, keys),
  unknownRegion: (label: string, key: string) => t('settings_unknown_region', label, key),
  invalidField: (label: string) => t('settings_invalid_field', label),
  /** A patch that is not a group of settings at all: no field to name. */
  get invalid() {
    return t('settings_invalid');
  },
  problem: (clause: string) => t('settings_issue', clause),
  problemAndMore: (clause: string, more: number) => tn('settings_issue_more', more, clause, more),
  get tooLarge() {
    return t('settings_too_large');
  },
};

export const NOTICES = {
  get settingsSetAside() {
    return t('settings_notice_settings_set_aside');
  },
  queueSetAside: (n: number) => tn('settings_notice_queue_set_aside', n, n),
};
