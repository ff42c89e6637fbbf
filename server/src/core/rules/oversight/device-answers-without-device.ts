import { defineRule } from '../defineRule';
import { oversight } from '../util/regulation';
import { pointerOf } from '../util/read';

const DEVICE_QUESTIONS = [
  ['isUnapprovedDevice', 'Device Product Not Approved or Cleared by U.S. FDA'],
  ['isPpsd', 'Pediatric Postmarket Surveillance of a Device Product'],
] as const;

export default defineRule({
  id: 'oversight/device-answers-without-device',
  description: 'The device questions are answered Yes only for a study of an FDA-regulated device.',
  severity: 'warning',
  catalogue: ['fdaaa-unapproved-without-device'],
  tier: 'house',
  fix: 'unsafe',
  messages: {
    orphan:
      '{question} is Yes, but Studies a U.S. FDA-regulated device product is not Yes. Correct one of the two answers.',
  },
  docs: {
    details:
      'The unapproved-device and pediatric-postmarket questions are asked only when the study ' +
      'evaluates an FDA-regulated device; a Yes without it is a leftover or a wrong device answer.',
    wrong: `protocolSection:
  oversightModule:
    isFdaRegulatedDevice: false
    isUnapprovedDevice: true
`,
    right: `protocolSection:
  oversightModule:
    isFdaRegulatedDevice: true
    isUnapprovedDevice: true
`,
  },
  check(context) {
    const answers = oversight(context.study);
    if (answers.isFdaRegulatedDevice === true) return;
    for (const [key, question] of DEVICE_QUESTIONS) {
      if (answers[key] !== true) continue;
      const path = pointerOf('oversightModule', 'isFdaRegulatedDevice');
      context.report({
        messageId: 'orphan',
        pointer: pointerOf('oversightModule', key),
        data: { question },
        fixes: [
          {
            title: 'Set Studies a U.S. FDA-regulated device product to Yes',
            safe: false,
            operations: [{ op: answers.isFdaRegulatedDevice === undefined ? 'add' : 'replace', path, value: true }],
          },
        ],
      });
    }
  },
});
