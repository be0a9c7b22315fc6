/**
 * User-facing strings of the settings module. Texts live in lib/i18n/locales/<lang>/settings.json;
 * every entry reads its text at call time (getter or function) because the language is chosen at start-up.
 */
import { t, tn } from '../i18n';
import { texts } from '../texts';

/** Field names by dotted path; a path not listed here is shown as the path itself. */
export const FIELD_LABELS: Readonly<Record<string, string>> = texts({
  version: 'settings_field_version',
  defaultDurationDays: 'settings_field_default_duration_days',
  defaultTargetRateBp: 'settings_field_default_target_rate',
  raiseMarginBp: 'settings_field_raise_margin',
  minStock: 'settings_field_min_stock',
  sampleUnitsPerCreator: 'settings_field_sample_units',
  defaultContentType: 'settings_field_default_content_type',
  defaultSampleOffer: 'settings_field_default_sample_offer',
  defaultFeeStructure: 'settings_field_default_fee_structure',
  confirmWarnings: 'settings_field_confirm_warnings',
  showReadings: 'settings_field_show_readings',
  templates: 'settings_field_templates',
  shopName: 'settings_field_shop_name',
  fit: 'settings_field_fit',
  'fit.minFollowers': 'settings_field_fit_min_followers',
  'fit.minGmv': 'settings_field_fit_min_gmv',
  'fit.minEngagement': 'settings_field_fit_min_engagement',
  'fit.minSampleFulfilment': 'settings_field_fit_min_sample_fulfilment',
  notAcceptedAfterDays: 'settings_field_not_accepted_after_days',
  recentInviteDays: 'memorypage_recent_days_label',
  regionOverrides: 'settings_field_region_overrides',
  overlay: 'settings_field_overlay',
  'overlay.findCreators': 'settings_field_overlay_find_creators',
  'overlay.createInvitation': 'settings_field_overlay_create_invitation',
  'overlay.invitationList': 'settings_field_overlay_invitation_list',
  panelCollapsed: 'settings_field_panel_collapsed',
  'panelCollapsed.findCreators': 'settings_field_panel_collapsed_find_creators',
  'panelCollapsed.createInvitation': 'settings_field_panel_collapsed_create_invitation',
  'panelCollapsed.invitationList': 'settings_field_panel_collapsed_invitation_list',
});

/** Names for paths FIELD_LABELS cannot name: the whole settings, and a region's fields. */
export const FIELD_NAMES = texts(
  {
    whole: 'settings_field_whole',
  },
  {
    region: (region: string, label: string) => t('settings_field_region', region, label),
    regionWhole: (region: string) => t('settings_field_region_whole', region),
  },
);

/**
 * Why settings were refused. Whole sentences for file-level problems; for a field, a clause that
 * names the field (`label`), which `problem`/`problemAndMore` turn into the sentence.
 */
export const REASONS = texts(
  {
    notJson: 'settings_not_json',
    notObject: 'settings_not_object',
    noVersion: 'settings_no_version',
    /** A patch that is not a group of settings at all: no field to name. */
    invalid: 'settings_invalid',
    tooLarge: 'settings_too_large',
  },
  {
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
    problem: (clause: string) => t('settings_issue', clause),
    problemAndMore: (clause: string, more: number) => tn('settings_issue_more', more, clause, more),
  },
);

export const NOTICES = texts(
  {
    settingsSetAside: 'settings_notice_settings_set_aside',
  },
  {
    queueSetAside: (n: number) => tn('settings_notice_queue_set_aside', n, n),
  },
);
