/** Chunk for Find creators and creator details: the overlay, the toolbar and their styles. */

export { default as css } from '@/components/creators/creators.css?inline';
export { FindCreatorsFeature as Feature } from './features/find-creators';
