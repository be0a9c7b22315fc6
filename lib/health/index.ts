/** Collaboration health: pure checks of target collaborations already sent. */
export { checkHealth } from './checks.ts';
export { type HealthContext, resolveHealthContext } from './context.ts';
export { HEALTH_RULES, type HealthMessageParams, healthMessage } from './rules.ts';
export { DAY_MS, EXPIRING_WITHIN_DAYS } from './config.ts';
export { defuseCell, type HealthCsvOptions, healthCsv } from './csv.ts';
export { fromInvitationGroupJson } from './from-json.ts';
export { collaborationLabel, HEALTH_TITLES, HEALTH_UI, SEVERITY_LABELS } from './messages.ts';
export { type HealthSummary, mostSevere, summarizeHealth } from './summary.ts';
export { sortIssues } from './sort.ts';
export {
  type CollaborationSnapshot,
  CollaborationSnapshotSchema,
  type CollabStatus,
  type CreatorStatus,
  type HealthCode,
  type HealthIssue,
  type HealthOptions,
  type HealthResult,
  type PathFamily,
  type SnapshotCreator,
  type SnapshotProduct,
} from './types.ts';
export { collaborationUrl, pathFamilyOf } from './url.ts';
