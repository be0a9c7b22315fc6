/** What every health check receives besides the snapshots: the seller's settings and the clock, sanitised. */
import { LIMITS } from '../config/limits';
import { FALLBACK_NOT_ACCEPTED_AFTER_DAYS } from './config';
import type { HealthOptions } from './types';

/** Options after defaulting: `now` null means the time checks cannot run. */
export type HealthContext = ReturnType<typeof resolveHealthContext>;

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The options may come from anywhere (settings, the page): keep only well-formed parts. */
export function resolveHealthContext(options: Partial<HealthOptions> | undefined) {
  const o: Partial<HealthOptions> = options && typeof options === 'object' ? options : {};
  return {
    now: finite(o.now) ? o.now : null,
    minStock: finite(o.minStock) && o.minStock >= 0 ? Math.floor(o.minStock) : LIMITS.defaultMinStock,
    notAcceptedAfterDays:
      finite(o.notAcceptedAfterDays) && o.notAcceptedAfterDays > 0
        ? o.notAcceptedAfterDays
        : FALLBACK_NOT_ACCEPTED_AFTER_DAYS,
    locale: typeof o.locale === 'string' && o.locale ? o.locale : undefined,
    timeZone: typeof o.timeZone === 'string' && o.timeZone ? o.timeZone : undefined,
  };
}
