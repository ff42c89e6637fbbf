import { resultsOf } from '../../results';
import { overallStatus } from '../util/read';
import { enumLabel } from '../../model';
import { defineRule } from '../defineRule';

export default defineRule({
  id: 'results/results-status-mismatch',
  description: 'A record with results says it has results, and is not withdrawn or of unknown status.',
  severity: 'warning',
  catalogue: [],
  tier: 'house',
  messages: {
    hasResults:
      'The record carries a results section, but Has Results is false. ' +
      'Remove the stale results, or re-download the record.',
    status: 'The record carries results, but its overall status is {status}. {advice}',
  },
  docs: {
    details:
      'Results describe participants who took part: a withdrawn study enrolled nobody, and a study of unknown ' +
      'status was not verified after its completion date. Either the status or the results are out of date. A ' +
      'results section on a record whose Has Results flag is false is usually left over from another record.',
    wrong: `hasResults: false
resultsSection:
  moreInfoModule:
    pointOfContact: { title: Study Director }
`,
    right: `hasResults: true
resultsSection:
  moreInfoModule:
    pointOfContact: { title: Study Director }
`,
  },
  check(context) {
    const results = resultsOf(context.study);
    if (!results || Object.keys(results).length === 0) return;
    if (context.study.hasResults === false) context.report({ messageId: 'hasResults', pointer: '/hasResults' });
    const status = overallStatus(context.study);
    if (status !== 'WITHDRAWN' && status !== 'UNKNOWN') return;
    const advice =
      status === 'WITHDRAWN'
        ? 'A withdrawn study enrolled no participants: check the status.'
        : 'Verify the record and update the status.';
    context.report({
      messageId: 'status',
      pointer: '/protocolSection/statusModule/overallStatus',
      data: { status: enumLabel('Status', status), advice },
    });
  },
});
