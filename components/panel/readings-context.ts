import { createContext } from 'preact';
import { useContext, useEffect } from 'preact/hooks';
import type { Reading } from '@/lib/report/readings';

/** Where a feature hands its readings to the panel's "What Collab Pilot reads" section. */
export type PublishReadings = (readings: readonly Reading[]) => void;

export const ReadingsContext = createContext<PublishReadings>(() => {});

/**
 * Publishes a feature's current readings. Callers memoise the list (or build it from values that change
 * only when the page does), so the section re-renders only when a reading changes.
 */
export function useReadings(readings: readonly Reading[]): void {
  const publish = useContext(ReadingsContext);
  useEffect(() => publish(readings), [publish, readings]);
}
