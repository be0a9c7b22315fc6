/**
 * The creator row this module reads is the page reader's own type (JSON, merged with the DOM).
 * The fit score, badges and reason filter take only the fields they need (Pick<…>), so a DOM-only
 * row or a queue snapshot can be scored too.
 */
export type { CreatorRow, RecommendReason } from '../pages/find-creators';
