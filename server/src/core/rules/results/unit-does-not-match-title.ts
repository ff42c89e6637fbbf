import { outcomeMeasures } from '../../results';
import { defineRule } from '../defineRule';

const PERCENT_TITLE = /^\s*(percentage|percent|%) of (participants|subjects|patients)\b/i;
const COUNT_TITLE = /^\s*number of (participants|subjects|patients) (with|who)\b/i;

export default defineRule({
  id: 'results/unit-does-not-match-title',
  description: 'A "Percentage of participants…" measure has a percent unit; a count of participants says participants.',
  severity: 'error',
  catalogue: [],
  tier: 'official',
  messages: {
    percent:
      '"{title}" reports a percentage, but the unit of measure is ' +
      '"{unit}". Use a unit such as "percentage of participants".',
    participants: '"{title}" counts participants, but the unit of measure is "{unit}". Use "Participants".',
  },
  docs: {
    details:
      "The registry's automatic results validation (an error for studies with primary completion on " +
      'or after 2017-01-18) requires the unit of measure to match the title: a "Percentage of ' +
      'participants with…" title needs "percent" in the unit, a "Number of participants with…" ' +
      'title or a Count of Participants measure needs "participants". Count of Participants ' +
      'measures are shown as percentages by the registry itself, so their unit stays "Participants".',
    wrong: `resultsSection:
  outcomeMeasuresModule:
    outcomeMeasures:
      - { type: PRIMARY, title: Percentage of Participants With Response, paramType: NUMBER, \
unitOfMeasure: participants }
`,
    right: `resultsSection:
  outcomeMeasuresModule:
    outcomeMeasures:
      - { type: PRIMARY, title: Percentage of Participants With Response, paramType: NUMBER, unitOfMeasure: percentage \
of participants }
`,
  },
  check(context) {
    for (const measure of outcomeMeasures(context.study)) {
      const { title, unit } = measure;
      if (!title || !unit) continue;
      const pointer = `${measure.pointer}/unitOfMeasure`;
      const isCount = measure.paramType === 'COUNT_OF_PARTICIPANTS';
      if (!isCount && measure.paramType !== 'COUNT_OF_UNITS' && PERCENT_TITLE.test(title) && !/percent|%/i.test(unit)) {
        context.report({ messageId: 'percent', pointer, data: { title, unit } });
      } else if ((isCount || COUNT_TITLE.test(title)) && !/participant|subject|patient|people|person/i.test(unit)) {
        context.report({ messageId: 'participants', pointer, data: { title, unit } });
      }
    }
  },
});
