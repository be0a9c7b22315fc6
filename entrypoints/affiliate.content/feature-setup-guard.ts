/** Chunk for the Create page: the setup guard and its styles. */

export { default as css } from '@/components/setup-guard/setup-guard.css?inline';
export { SetupGuardFeature as Feature } from './features/setup-guard';
