import { defineRule } from '../defineRule';
import { statusForChecks, statusLabelForChecks } from '../util/read';
import { actualStartReport } from '../util/actualStart';

export default defineRule({
  id: 'status/not-yet-recruiting-actual-start',
  description: 'A study that is not yet recruiting has no actual start date.',
  severity: 'warning',
  catalogue: ['status-not-yet-recruiting-actual-start'],
  tier: 'prs-unverified',
  fix: 'unsafe',
  messages: {
    started:
      'The status is {status}, but the Study Start Date {date} is Actual: the first participant ' +
      'is enrolled. Update the status (e.g. Recruiting), or mark the date Estimated.',
  },
  docs: {
    details:
      'An actual start date means the first participant has been enrolled, which contradicts Not yet recruiting.',
    wrong: `protocolSection:
  statusModule:
    overallStatus: NOT_YET_RECRUITING
    startDateStruct:
      date: 2024-01-15
      type: ACTUAL
`,
    right: `protocolSection:
  statusModule:
    overallStatus: RECRUITING
    startDateStruct:
      date: 2024-01-15
      type: ACTUAL
`,
  },
  check(context) {
    if (statusForChecks(context.study) !== 'NOT_YET_RECRUITING') return;
    const status = statusLabelForChecks(context.study) ?? 'Not yet recruiting';
    const report = actualStartReport(context.study, { status });
    if (report) context.report(report);
  },
});
