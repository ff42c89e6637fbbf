import { defineRule } from '../defineRule';
import { readArms } from '../../arms';
import { DESIGN_INFO, designInfo, studyType } from '../util/read';
import { replaceFix } from '../util/fixes';

/** Arms that are parts of one programme, enrolled in turn: dose escalation, cohorts, parts, stages. */
const SEQUENTIAL =
  /\b(?:part|stage|cohort|dose[- ]?(?:level|escalation|expansion)|escalation|expansion|step)\s*[A-Z0-9]?\b/i;
/** Arms that are periods each participant goes through. */
const CROSSOVER = /\b(?:period|cross-?over|wash-?out|sequence)\b/i;

export default defineRule({
  id: 'design/single-group-multiple-arms',
  description: 'A Single Group Assignment design lists exactly one arm.',
  severity: 'warning',
  catalogue: ['design-single-group-multi-arm'],
  tier: 'prs-unverified',
  fix: 'unsafe',
  messages: {
    tooManyArms:
      'Single-group model, but {count} arms are listed. Change the model to Parallel Assignment or keep one arm.',
    partsOrPeriods:
      'Single-group model, but {count} arms are listed, and they read like {what}. Use Sequential Assignment if ' +
      'groups are enrolled one after another, Crossover Assignment if each ' +
      'participant receives them in turn, otherwise Parallel Assignment.',
  },
  docs: {
    details:
      'The registry defines Single Group Assignment as a design in which all participants receive the ' +
      'same intervention, that is a single arm. A record that lists several arms with this model ' +
      'contradicts itself; reviewers flag it as "inconsistent with other parts of the record".',
    wrong: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
    designInfo:
      interventionModel: SINGLE_GROUP
  armsInterventionsModule:
    armGroups:
      - label: Drug A
        type: EXPERIMENTAL
      - label: Drug B
        type: ACTIVE_COMPARATOR
`,
    right: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
    designInfo:
      interventionModel: PARALLEL
  armsInterventionsModule:
    armGroups:
      - label: Drug A
        type: EXPERIMENTAL
      - label: Drug B
        type: ACTIVE_COMPARATOR
`,
  },
  check(context) {
    if (studyType(context.study) !== 'INTERVENTIONAL') return;
    if (designInfo(context.study).interventionModel !== 'SINGLE_GROUP') return;
    const arms = readArms(context.study);
    if (arms.length < 2) return;
    const pointer = `${DESIGN_INFO}/interventionModel`;
    const text = arms.map((arm) => `${arm.label ?? ''} ${arm.description ?? ''}`).join('\n');
    const sequential = SEQUENTIAL.test(text);
    const crossover = CROSSOVER.test(text);
    const model = (value: string, label: string, isPreferred: boolean) =>
      replaceFix(`Change the model to ${label}`, pointer, value, { isPreferred });
    if (!sequential && !crossover) {
      context.report({
        messageId: 'tooManyArms',
        pointer,
        data: { count: arms.length },
        fixes: [model('PARALLEL', 'Parallel Assignment', true)],
      });
      return;
    }
    // Unsure which model the author meant: offer each, prefer none.
    const fixes = [
      ...(sequential ? [model('SEQUENTIAL', 'Sequential Assignment', false)] : []),
      ...(crossover ? [model('CROSSOVER', 'Crossover Assignment', false)] : []),
      model('PARALLEL', 'Parallel Assignment', false),
    ];
    const what =
      sequential && crossover ? 'parts or periods' : sequential ? 'parts, cohorts or dose levels' : 'treatment periods';
    context.report({ messageId: 'partsOrPeriods', pointer, data: { count: arms.length, what }, fixes });
  },
});
