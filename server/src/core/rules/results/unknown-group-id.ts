import { groupReferences, groupScopes } from '../../results';
import { defineRule } from '../defineRule';

export default defineRule({
  id: 'results/unknown-group-id',
  description: 'Every group id a count, measurement, analysis or adverse event names is a group of its own table.',
  severity: 'error',
  catalogue: [],
  tier: 'official',
  messages: {
    unknown:
      '{id} is not a group of {table}; its groups are {known}. Group ' +
      'ids restart in every module and in every outcome measure.',
    noGroups: '{id} names a group, but {table} defines no groups. Add the groups first.',
  },
  docs: {
    details:
      'Group ids (FG000 in the participant flow, BG000 in the baseline, OG000 in each outcome ' +
      "measure, EG000 in the adverse events) are defined in their own table's group list " +
      'and only mean something there: OG000 of one outcome measure is not OG000 of another. ' +
      'A count that names an undefined group is lost on the registry page.',
    wrong: `resultsSection:
  baselineCharacteristicsModule:
    groups: [{ id: BG000, title: Drug }]
    denoms: [{ units: Participants, counts: [{ groupId: BG001, value: "20" }] }]
`,
    right: `resultsSection:
  baselineCharacteristicsModule:
    groups: [{ id: BG000, title: Drug }]
    denoms: [{ units: Participants, counts: [{ groupId: BG000, value: "20" }] }]
`,
  },
  check(context) {
    for (const scope of groupScopes(context.study)) {
      const known = scope.groups.map((g) => g.id);
      for (const reference of groupReferences(context.study, scope, (id) => !scope.byId.has(id))) {
        const table = scope.kind === 'outcome' ? `this outcome measure` : `the ${scope.label} table`;
        if (known.length === 0)
          context.report({ messageId: 'noGroups', pointer: reference.pointer, data: { id: reference.id, table } });
        else
          context.report({
            messageId: 'unknown',
            pointer: reference.pointer,
            data: { id: reference.id, table, known: known.join(', ') },
          });
      }
    }
  },
});
