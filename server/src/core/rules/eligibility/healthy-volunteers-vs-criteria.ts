import { defineRule } from '../defineRule';
import { inclusionParts } from './ageText';
import { ELIGIBILITY, asString, protocolModule } from '../util/read';

const HEALTHY = /(?<!(?:otherwise|generally|medically|relatively|non|not|un)[\s-]{1,2})\bhealthy (?:adult |male |female |young |elderly |older |normal )?(?:volunteers?|subjects?|participants?|controls?|individuals?|men|women|people|persons?)\b/i;

export default defineRule({
  id: 'eligibility/healthy-volunteers-vs-criteria',
  description: 'Accepts Healthy Volunteers is Yes when the inclusion criteria recruit healthy volunteers.',
  severity: 'info',
  catalogue: ['elig-healthy-volunteers-vs-text'],
  tier: 'house',
  fix: 'unsafe',
  messages: {
    recruitsHealthy: 'Accepts Healthy Volunteers is No, but the inclusion criteria recruit "{phrase}". Set it to Yes, or correct the criteria.',
  },
  docs: {
    details: 'The inclusion part of the criteria is searched for "healthy volunteers", "healthy subjects", "healthy controls" and the like; "otherwise healthy" patients do not count.',
    wrong: `protocolSection:
  eligibilityModule:
    healthyVolunteers: false
    eligibilityCriteria: |
      Inclusion Criteria:
      * Healthy volunteers aged 18 to 45 years
`,
    right: `protocolSection:
  eligibilityModule:
    healthyVolunteers: true
    eligibilityCriteria: |
      Inclusion Criteria:
      * Healthy volunteers aged 18 to 45 years
`,
  },
  check(context) {
    const eligibility = protocolModule(context.study, 'eligibilityModule');
    const criteria = asString(eligibility.eligibilityCriteria);
    if (eligibility.healthyVolunteers !== false || !criteria) return;
    for (const part of inclusionParts(criteria)) {
      const match = HEALTHY.exec(criteria.slice(part.start, part.end));
      if (!match) continue;
      const pointer = `${ELIGIBILITY}/healthyVolunteers`;
      context.report({
        messageId: 'recruitsHealthy',
        pointer,
        data: { phrase: match[0] },
        fixes: [{ title: 'Set Accepts Healthy Volunteers to Yes', safe: false, operations: [{ op: 'replace', path: pointer, value: true }] }],
      });
      return;
    }
  },
});
