/**
 * Every answer reader at once, for code that reads any answer synchronously (tests, tools). The content
 * script loads the readers per page instead: its page data takes each feature's own (page-data.ts).
 */
import { CREATE_ANSWERS } from '../pages/create-json';
import { CREATOR_ANSWERS } from '../pages/creator-json';
import { GROUP_ANSWERS } from '../pages/group-json';
import { PRODUCT_ANSWERS } from '../pages/product-json';
import { QUOTA_ANSWERS } from '../pages/quota-json';
import { type AnswerReaders, type ObserverEvent, readAnswer, readEnvelope } from './receive';

export const ALL_ANSWERS: AnswerReaders = {
  ...CREATOR_ANSWERS,
  ...PRODUCT_ANSWERS,
  ...QUOTA_ANSWERS,
  ...CREATE_ANSWERS,
  ...GROUP_ANSWERS,
};

/** A message from the observer's port → a validated event, or null. */
export function parseObserverMessage(data: unknown): ObserverEvent | null {
  const answer = readEnvelope(data);
  return answer && readAnswer(answer, ALL_ANSWERS);
}
