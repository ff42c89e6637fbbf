import { defineRule } from '../defineRule';
import { checkOrder, orderDocs } from '../util/chronology';

export default defineRule({
  id: 'dates/start-after-completion',
  description: 'The Study Start Date is not after the Study Completion Date.',
  severity: 'error',
  catalogue: ['date-start-after-completion'],
  tier: 'prs-unverified',
  messages: {
    outOfOrder: '{first} ({firstDate}) is after the {second} ({secondDate}). Correct one of the dates.',
  },
  docs: orderDocs('startDateStruct', 'completionDateStruct', 'A study cannot be complete before it starts.'),
  check(context) {
    checkOrder(context.study, 'startDateStruct', 'completionDateStruct', context.report);
  },
});
