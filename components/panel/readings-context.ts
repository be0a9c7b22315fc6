import { createContext } from 'preact';
import { useContext, useEffect } from 'preact/hooks';
import type { Reading } from '@/lib/report/readings';

/** Where a feature hands its readings to the panel's "What Collab Pilot reads" section. */
export type PublishReadings = (readings: readonly Reading[]) => void;

/** Null unless the seller asked to see the readings: then nothing is read for them at all. */
export const ReadingsContext = createContext<PublishReadings | null>(null);

/**
 * Publishes a feature's readings, built by `build` again whenever `deps` change, and only while the
 * seller asked to see them (some readings read the page's DOM).
 */
export function useReadings(build: () => readonly Reading[], deps: readonly unknown[]): void {
  const publish = useContext(ReadingsContext);
  useEffect(() => {
    if (publish) publish(build());
  }, [publish, ...deps]);
}
