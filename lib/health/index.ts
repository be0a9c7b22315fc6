/**
 * Collaboration health: pure checks of target collaborations already sent. The CSV export (csv.ts) is
 * imported on its own, when the seller asks for it: it brings a CSV library the panel does not need.
 */
export { checkHealth } from './checks';
export { DAY_MS, EXPIRING_WITHIN_DAYS } from './config';
export { type HealthContext, resolveHealthContext } from './context';
export { collaborationLabel, HEALTH_TITLES, HEALTH_UI, SEVERITY_LABELS } from './messages';
export { HEALTH_RULES, type HealthMessageParams, healthMessage } from './rules';
export { sortIssues } from './sort';
export { type HealthSummary, mostSevere, summarizeHealth } from './summary';
export {
  type CollaborationSnapshot,
  CollaborationSnapshotSchema,
  type HealthCode,
  type HealthIssue,
  type HealthOptions,
  type HealthResult,
  type PathFamily,
  type SnapshotCreator,
  type SnapshotProduct,
} from './types';
export { collaborationUrl, pathFamilyOf } from './url';
