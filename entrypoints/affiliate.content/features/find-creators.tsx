import type { PageRecognition } from '@/lib/pages/recognise';
import type { PageDataStore } from '../page-data';

export interface FindCreatorsFeatureProps {
  page: Extract<PageRecognition, { kind: 'find-creators' | 'creator-detail' }>;
  url: URL;
  signal: AbortSignal;
  data: PageDataStore;
}

export function FindCreatorsFeature(_props: FindCreatorsFeatureProps) {
  return <p class="cp-muted">Creator checks load here.</p>;
}
