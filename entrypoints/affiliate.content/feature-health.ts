/** Chunk for the Target collaborations list: the health panel (with its CSV export), its styles and the
 * readers of the page's answers. */

export { default as css } from '@/components/health/health.css?inline';
export { GROUP_ANSWERS as answers } from '@/lib/pages/group-json';
export { HealthFeature as Feature } from './features/health';
