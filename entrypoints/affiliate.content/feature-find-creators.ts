/** Chunk for Find creators and creator details: the overlay, the toolbar, their styles and the readers of
 * the page's answers. */

export { default as css } from '@/components/creators/creators.css?inline';
export { CREATOR_ANSWERS as answers } from '@/lib/pages/creator-json';
export { FindCreatorsFeature as Feature } from './features/find-creators';
