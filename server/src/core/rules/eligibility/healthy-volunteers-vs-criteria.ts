import { defineRule } from '../defineRule';
import { inclusionParts, inclusionText } from './ageText';
import { asString } from '../../model/read';
import { ELIGIBILITY, protocolModule } from '../util/read';
import { replaceFix } from '../util/fixes';
import { clip } from '../util/text';

const HEALTHY =
  /(?<!(?:otherwise|generally|medically|relatively|non|not|un)[\s-]{1,2})\bhealthy (?:adult |male |female |young |elderly |older |normal )?(?:volunteers?|subjects?|participants?|controls?|individuals?|men|women|people|persons?)\b/i;

/** An inclusion item that requires a disease: "Diagnosis of…", "Histologically confirmed…", "Patients with…". */
const NEEDS_DIAGNOSIS =
  /^[ \t]*(?:[-*•·]|\d{1,2}[.)])?[ \t]*(?:(?:a |confirmed |documented |established |clinical |prior )?diagnos(?:is|ed)\b|(?:histologically|cytologically|pathologically|radiologically)\b|(?:adult |male |female )?patients? (?:diagnosed|suffering)\b)/im;
/** Words that admit people without the disease, or other groups (controls, caregivers, cohorts). */
const OTHER_PEOPLE =
  /\b(?:healthy|volunteers?|controls?|without|caregivers?|carers?|partners?|parents?|family|relatives?|staff|providers?|clinicians?|physicians?|nurses?|students?|community|general population|donors?|spouses?|mothers?|pregnan\w*|cohorts?|groups?|parts?|arms?|at risk|risk of|screening|prevention)\b/i;

export default defineRule({
  id: 'eligibility/healthy-volunteers-vs-criteria',
  description:
    'Accepts Healthy Volunteers agrees with the inclusion criteria: Yes when ' +
    'they recruit healthy people, No when every participant needs a diagnosis.',
  severity: 'info',
  catalogue: ['elig-healthy-volunteers-vs-text'],
  tier: 'house',
  fix: 'unsafe',
  messages: {
    recruitsHealthy:
      'Accepts Healthy Volunteers is No, but the inclusion criteria ' +
      'recruit "{phrase}". Set it to Yes, or correct the criteria.',
    needsDiagnosis:
      'Accepts Healthy Volunteers is Yes, but every participant needs a diagnosis ("{phrase}") and the criteria ' +
      'admit nobody else. Set it to No, or say in the criteria who the healthy participants are.',
  },
  docs: {
    details:
      'The inclusion part of the criteria is searched for "healthy volunteers", "healthy subjects", ' +
      '"healthy controls" and the like; "otherwise healthy" patients do not count. The other direction: Yes while an ' +
      'inclusion item requires a diagnosis ("Diagnosis of…", "Histologically confirmed…", ' +
      '"Patients diagnosed with…") and the inclusion text names no other group ' +
      '(healthy people, controls, caregivers, cohorts, people at risk).',
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
    if (!criteria) return;
    const pointer = `${ELIGIBILITY}/healthyVolunteers`;
    if (eligibility.healthyVolunteers === true) {
      const inclusion = inclusionText(criteria);
      const match = NEEDS_DIAGNOSIS.exec(inclusion);
      if (!match || OTHER_PEOPLE.test(inclusion)) return;
      const line = inclusion
        .slice(match.index)
        .split('\n')[0]
        .replace(/^[\s*•·\d.)-]+/, '');
      context.report({
        messageId: 'needsDiagnosis',
        pointer,
        data: { phrase: clip(line) },
        fixes: [replaceFix('Set Accepts Healthy Volunteers to No', pointer, false)],
      });
      return;
    }
    if (eligibility.healthyVolunteers !== false) return;
    for (const part of inclusionParts(criteria)) {
      const match = HEALTHY.exec(criteria.slice(part.start, part.end));
      if (!match) continue;
      context.report({
        messageId: 'recruitsHealthy',
        pointer,
        data: { phrase: match[0] },
        fixes: [replaceFix('Set Accepts Healthy Volunteers to Yes', pointer, true)],
      });
      return;
    }
  },
});
