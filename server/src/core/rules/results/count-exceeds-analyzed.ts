import {
  baselineMeasures,
  groupLabel,
  isCountMeasure,
  measureRows,
  numberOf,
  outcomeMeasures,
  rowDenominators,
  scopeAt,
} from '../../results';
import { defineRule } from '../defineRule';

export default defineRule({
  id: 'results/count-exceeds-analyzed',
  description: 'A count of participants (or units) is a whole number from 0 to the number analyzed in its group.',
  severity: 'error',
  catalogue: [],
  tier: 'official',
  messages: {
    exceeds: '"{measure}", group {group}: {value} counted, but only {analyzed} were analyzed.',
    invalid:
      '"{measure}", group {group}: a count of participants must be a whole number of at least 0; found "{value}".',
  },
  docs: {
    details:
      'In a Count of Participants (or Count of Units) measure each value counts participants of ' +
      "the group, so it cannot be negative, fractional or above the group's number analyzed.",
    wrong: `resultsSection:
  outcomeMeasuresModule:
    outcomeMeasures:
      - type: PRIMARY
        title: Number of Participants With Response
        paramType: COUNT_OF_PARTICIPANTS
        unitOfMeasure: Participants
        groups: [{ id: OG000, title: Drug }]
        denoms: [{ units: Participants, counts: [{ groupId: OG000, value: "30" }] }]
        classes: [{ categories: [{ measurements: [{ groupId: OG000, value: "31" }] }] }]
`,
    right: `resultsSection:
  outcomeMeasuresModule:
    outcomeMeasures:
      - type: PRIMARY
        title: Number of Participants With Response
        paramType: COUNT_OF_PARTICIPANTS
        unitOfMeasure: Participants
        groups: [{ id: OG000, title: Drug }]
        denoms: [{ units: Participants, counts: [{ groupId: OG000, value: "30" }] }]
        classes: [{ categories: [{ measurements: [{ groupId: OG000, value: "12" }] }] }]
`,
  },
  check(context) {
    for (const measure of [...baselineMeasures(context.study), ...outcomeMeasures(context.study)]) {
      if (!isCountMeasure(measure)) continue;
      const scope = scopeAt(context.study, measure.pointer);
      if (!scope) continue;
      const name = measure.title ?? 'Measure';
      for (const row of measureRows(measure)) {
        const analyzed = rowDenominators(context.study, measure, row);
        for (const category of row.categories) {
          for (const cell of category.cells) {
            if (cell.value === undefined || /^\s*NA\s*$/i.test(cell.value)) continue;
            const value = numberOf(cell.value);
            const group = groupLabel(scope, cell.groupId);
            if (value === undefined || value < 0 || !Number.isInteger(value)) {
              context.report({
                messageId: 'invalid',
                pointer: `${cell.pointer}/value`,
                data: { measure: name, group, value: cell.value },
              });
              continue;
            }
            const denominator = analyzed.get(cell.groupId)?.value;
            if (denominator !== undefined && value > denominator) {
              context.report({
                messageId: 'exceeds',
                pointer: `${cell.pointer}/value`,
                data: { measure: name, group, value, analyzed: denominator },
              });
            }
          }
        }
      }
    }
  },
});
