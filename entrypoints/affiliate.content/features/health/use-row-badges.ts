import { useEffect, useRef } from 'preact/hooks';
import type { HealthResult } from '@/lib/health';
import { type RowBadges, startRowBadges } from './row-badges';

/** Row badges for the visit, fed the same result the panel shows; gone when the panel unmounts or the visit ends. */
export function useRowBadges(result: HealthResult, names: ReadonlyMap<string, string>, signal: AbortSignal): void {
  const badges = useRef<RowBadges | null>(null);
  useEffect(() => {
    const b = startRowBadges(document, signal);
    badges.current = b;
    return () => {
      b.stop();
      badges.current = null;
    };
  }, [signal]);
  useEffect(() => {
    badges.current?.update({ byCollaboration: result.byCollaboration, names });
  }, [result, names]);
}
