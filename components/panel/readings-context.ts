import { createContext } from 'preact';
import { useContext, useEffect } from 'preact/hooks';
import type { Reading } from '@/lib/report/readings';
import { loadLaterTexts } from '../common/i18n';

/** Where a feature hands its readings to the panel's "What Collab Pilot reads" section. */
export type PublishReadings = (readings: readonly Reading[]) => void;

/** Null unless the seller asked to see the readings: then nothing is read for them at all. */
export const ReadingsContext = createContext<PublishReadings | null>(null);

type PageReadings = typeof import('@/lib/report/page-readings');

/**
 * Publishes a feature's readings, built by `build` again whenever `deps` change, and only while the
 * seller asked to see them (some readings read the page's DOM). The builders and their texts load only
 * then: a seller who never looks at the readings loads none of them.
 */
export function useReadings(build: (readings: PageReadings) => readonly Reading[], deps: readonly unknown[]): void {
  const publish = useContext(ReadingsContext);
  useEffect(() => {
    if (!publish) return;
    let current = true;
    void Promise.all([import('@/lib/report/page-readings'), loadLaterTexts('report')]).then(([readings]) => {
      if (current) publish(build(readings));
    });
    return () => {
      current = false;
    };
  }, [publish, ...deps]);
}
