import type { PageRecognition } from '@/lib/pages/recognise';
import type { PageDataStore } from '../page-data';

export interface HealthFeatureProps {
  page: Extract<PageRecognition, { kind: 'invitation-list' }>;
  url: URL;
  signal: AbortSignal;
  data: PageDataStore;
}

export function HealthFeature(_props: HealthFeatureProps) {
  return <p class="cp-muted">Collaboration health loads here.</p>;
}
