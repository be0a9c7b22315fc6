/**
 * Collaboration health: what went wrong with a target collaboration after it was sent. Pure: the clock and the
 * seller's settings come in as options. The checks are the entries of lib/health/rules.ts; this runs them.
 */

import { type HealthContext, resolveHealthContext } from './context';
import { MISSING } from './messages';
import { type ReadSnapshot, readSnapshots } from './read';
import { type AnyHealthRule, HEALTH_RULES, isActive, isInactive, issueOf, notLoaded, toIssue } from './rules';
import { sortIssues } from './sort';
import type { CollaborationSnapshot, HealthIssue, HealthOptions, HealthResult } from './types';

const RULES: readonly AnyHealthRule[] = HEALTH_RULES;

const notLoadedIssue = (s: { id: string; name: string }, missing: string[]) =>
  issueOf('health.not-loaded', ...notLoaded(s, missing));

/** Every per-collaboration check; a failure inside one is reported as "not checked", never thrown. */
function checkOne(read: ReadSnapshot, ctx: HealthContext, failures: unknown[]): HealthIssue[] {
  const out: HealthIssue[] = [];
  try {
    for (const rule of RULES) {
      if (rule.scope === 'collaboration')
        rule.check({ read, ctx }, (params, fields) => out.push(toIssue(rule, params, fields)));
    }
    return out;
  } catch (err) {
    failures.push(err);
    return [notLoadedIssue(read.snapshot, [MISSING.unchecked()])];
  }
}

/** Every cross-collaboration check; a failure inside one must not hide the per-collaboration issues. */
function checkAll(snapshots: readonly CollaborationSnapshot[], ctx: HealthContext, failures: unknown[]): HealthIssue[] {
  const out: HealthIssue[] = [];
  for (const rule of RULES) {
    if (rule.scope !== 'all') continue;
    const found: HealthIssue[] = [];
    try {
      rule.check({ snapshots, ctx }, (params, fields) => found.push(toIssue(rule, params, fields)));
      out.push(...found);
    } catch (err) {
      // Reported as nothing rather than half a list.
      failures.push(err);
    }
  }
  return out;
}

/**
 * Checks the collaborations the page has loaded. Never throws: unreadable input is reported as not loaded.
 * Issues come most money at stake first (unknown amounts last), then most severe.
 */
export function checkHealth(snapshots: readonly CollaborationSnapshot[], options: HealthOptions): HealthResult {
  const ctx = resolveHealthContext(options);
  const { read, unreadableIds } = readSnapshots(snapshots);
  const valid = read.map((r) => r.snapshot);
  const issues: HealthIssue[] = [];
  const failures: unknown[] = [];
  for (const r of read) issues.push(...checkOne(r, ctx, failures));
  issues.push(...checkAll(valid, ctx, failures));
  for (const id of unreadableIds) issues.push(notLoadedIssue({ id, name: '' }, [MISSING.unreadable()]));

  const order = new Map<string, number>();
  for (const id of [...valid.map((s) => s.id), ...unreadableIds]) order.set(id, order.size);
  const sorted = sortIssues(issues, order);

  const byCollaboration = new Map<string, HealthIssue[]>();
  for (const id of order.keys()) byCollaboration.set(id, []);
  for (const i of sorted) {
    for (const id of [i.collaborationId, ...(i.relatedCollaborationIds ?? [])]) byCollaboration.get(id)?.push(i);
  }

  const ids = [...order.keys()];
  const has = (id: string, test: (i: HealthIssue) => boolean) => (byCollaboration.get(id) ?? []).some(test);
  const statusOf = new Map(valid.map((s) => [s.id, s.status]));
  return {
    issues: sorted,
    failures,
    byCollaboration,
    healthy: valid.filter((s) => isActive(s) && (byCollaboration.get(s.id)?.length ?? 0) === 0).map((s) => s.id),
    needsAttention: ids.filter((id) => has(id, (i) => i.severity !== 'info')),
    notFullyLoaded: ids.filter((id) => has(id, (i) => i.code === 'health.not-loaded')),
    inactive: ids.filter((id) => {
      const status = statusOf.get(id);
      return status !== undefined && isInactive({ status });
    }),
    total: ids.length,
  };
}
