import { defineRule } from '../defineRule';
import { checkOrder, orderDocs } from '../util/chronology';

export default defineRule({
  id: 'dates/start-after-primary-completion',
  description: 'The Study Start Date is not after the Primary Completion Date.',
  severity: 'error',
  catalogue: ['date-start-after-primary'],
  tier: 'prs-unverified',
  messages: {
    outOfOrder: '{first} ({firstDate}) is after the {second} ({secondDate}). Correct one of the dates.',
  },
  docs: orderDocs(
    'startDateStruct',
    'primaryCompletionDateStruct',
    'Primary data collection cannot end before the first participant is enrolled.',
  ),
  check(context) {
    checkOrder(context.study, 'startDateStruct', 'primaryCompletionDateStruct', context.report);
  },
});
