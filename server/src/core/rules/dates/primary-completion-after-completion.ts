import { defineRule } from '../defineRule';
import { checkOrder, orderDocs } from '../util/chronology';

export default defineRule({
  id: 'dates/primary-completion-after-completion',
  description: 'The Primary Completion Date is not after the Study Completion Date.',
  severity: 'error',
  catalogue: ['date-primary-after-completion'],
  tier: 'prs-unverified',
  messages: {
    outOfOrder:
      '{first} ({firstDate}) is after the {second} ({secondDate}). The study is ' +
      'complete only after primary data collection ends; correct one of the dates.',
  },
  docs: orderDocs(
    'primaryCompletionDateStruct',
    'completionDateStruct',
    'Study completion includes primary data collection.',
  ),
  check(context) {
    checkOrder(context.study, 'primaryCompletionDateStruct', 'completionDateStruct', context.report);
  },
});
