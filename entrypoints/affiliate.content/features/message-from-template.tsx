import { MessageFromTemplate } from '@/components/setup-guard/MessageFromTemplate';
import { type MessageTemplateInput, useMessageTemplate } from './use-message-template';

/** The setup guard's "Message from template", mounted with the form as the guard reads it. */
export function MessageFromTemplateFeature(props: MessageTemplateInput) {
  const state = useMessageTemplate(props);
  return props.form ? <MessageFromTemplate {...state} /> : null;
}
