/** Chunk for the Target collaborations list: the health panel (with its CSV export) and its styles. */

export { default as css } from '@/components/health/health.css?inline';
export { HealthFeature as Feature } from './features/health';
