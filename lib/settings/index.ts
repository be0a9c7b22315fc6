export { describeIssues, fieldLabel } from './describe';
export { FIELD_LABELS, NOTICES, REASONS } from './messages';
export {
  MAX_SETTINGS_FILE_CHARS,
  parseSettingsFile,
  type SettingsResult,
  serializeSettings,
  validateSettings,
} from './parse';
export { applySettingsPatch } from './patch';
export { type ResolvedSettings, resolveSettings } from './resolve';
export * from './schema';
export { type LoadedSettings, loadSettings, SETTINGS_KEY, SETTINGS_NOTICE_KIND, saveSettings } from './store';
export { migrateV1toV2, type SettingsV1, SettingsV1Schema } from './v1';
