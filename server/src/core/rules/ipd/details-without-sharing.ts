import { defineRule } from '../defineRule';
import { asArray, asString } from '../../model/read';
import { pointerOf, protocolModule } from '../util/read';

export default defineRule({
  id: 'ipd/details-without-sharing',
  description: 'IPD sharing details are given only with a sharing plan of Yes.',
  severity: 'error',
  catalogue: ['ipd-details-only-if-yes', 'ipd-description-without-plan'],
  tier: 'official',
  messages: {
    details:
      'IPD sharing is {plan}, but {fields} {verb} given. These apply only ' +
      'when IPD will be shared: set the plan to Yes, or remove them.',
    noPlan:
      'The IPD sharing description is given, but the plan (Yes, ' +
      'No or Undecided) is not. Say whether IPD will be shared.',
  },
  docs: {
    details:
      'The registry schema allows the supporting information types, time frame, access criteria and URL ' +
      'only when individual participant data will be shared, and a description only next to a plan.',
    wrong: `protocolSection:
  ipdSharingStatementModule:
    ipdSharing: "NO"
    timeFrame: 6 months after publication
`,
    right: `protocolSection:
  ipdSharingStatementModule:
    ipdSharing: "NO"
`,
  },
  check(context) {
    const module = protocolModule(context.study, 'ipdSharingStatementModule');
    const plan = asString(module.ipdSharing);
    if (!plan && asString(module.description)) {
      context.report({
        messageId: 'noPlan',
        pointer: pointerOf('ipdSharingStatementModule', 'description'),
        target: 'key',
      });
      return;
    }
    if (!plan || plan === 'YES') return;
    const present = (['infoTypes', 'timeFrame', 'accessCriteria', 'url'] as const).filter(
      (key) => asString(module[key]) || asArray(module[key]).length > 0,
    );
    if (present.length === 0) return;
    const names: Record<string, string> = {
      infoTypes: 'supporting information types',
      timeFrame: 'a time frame',
      accessCriteria: 'access criteria',
      url: 'a URL',
    };
    context.report({
      messageId: 'details',
      pointer: pointerOf('ipdSharingStatementModule', present[0]),
      target: 'key',
      data: {
        plan: plan === 'NO' ? 'No' : 'Undecided',
        fields: present.map((key) => names[key]).join(', '),
        verb: present.length === 1 ? 'is' : 'are',
      },
    });
  },
});
