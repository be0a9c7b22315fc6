/**
 * Collaboration health: pure checks of target collaborations already sent. The CSV export (csv.ts) is
 * imported on its own, when the seller asks for it: it brings a CSV library the panel does not need.
 */
export { checkHealth } from './checks.ts';
export { type HealthContext, resolveHealthContext } from './context.ts';
export { HEALTH_RULES, type HealthMessageParams, healthMessage } from './rules.ts';
export { DAY_MS, EXPIRING_WITHIN_DAYS } from './config.ts';
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
