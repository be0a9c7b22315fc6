/** Chunk for the Create page: the setup guard and its styles. */
export { SetupGuardFeature as Feature } from './features/setup-guard';
export { default as css } from '@/components/setup-guard/setup-guard.css?inline';
