import { defineRule } from '../defineRule';
import { asString } from '../../model/read';
import { pointerOf, protocolModule } from '../util/read';

export default defineRule({
  id: 'ipd/sharing-plan-incomplete',
  description: 'A plan to share IPD says what, when and how.',
  severity: 'info',
  catalogue: ['ipd-yes-incomplete'],
  tier: 'prs-unverified',
  messages: {
    incomplete:
      'IPD sharing is Yes, but {missing} {verb} missing. Say what will be shared, when, and how to get access.',
  },
  docs: {
    details: 'A Yes plan is only useful with a description of the data, a time frame and the access criteria.',
    wrong: `protocolSection:
  ipdSharingStatementModule:
    ipdSharing: "YES"
    description: De-identified participant data.
`,
    right: `protocolSection:
  ipdSharingStatementModule:
    ipdSharing: "YES"
    description: De-identified participant data.
    timeFrame: From 6 to 36 months after publication.
    accessCriteria: Researchers with an approved proposal.
`,
  },
  check(context) {
    const module = protocolModule(context.study, 'ipdSharingStatementModule');
    if (module.ipdSharing !== 'YES') return;
    const labels: Record<string, string> = {
      description: 'the description',
      timeFrame: 'the time frame',
      accessCriteria: 'the access criteria',
    };
    const missing = Object.keys(labels).filter((key) => !asString(module[key]));
    if (missing.length === 0) return;
    context.report({
      messageId: 'incomplete',
      pointer: pointerOf('ipdSharingStatementModule', 'ipdSharing'),
      data: { missing: missing.map((key) => labels[key]).join(', '), verb: missing.length === 1 ? 'is' : 'are' },
    });
  },
});
