import { useEffect, useState } from 'preact/hooks';

/** How often "ending soon" and "not accepted after N days" are re-judged while the list stays open. */
const TICK_MS = 60_000;

/** The clock for lib/ checks (lib never reads it itself), refreshed every minute. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(t);
  }, []);
  return now;
}
