import { defineRule } from '../defineRule';
import { formatAge, parseAgeField } from '../util/ages';
import { ELIGIBILITY, protocolModule } from '../util/read';

export default defineRule({
  id: 'eligibility/min-age-above-max-age',
  description: 'Minimum Age is not above Maximum Age.',
  severity: 'error',
  catalogue: ['elig-age-order'],
  tier: 'prs-unverified',
  messages: {
    inverted: 'Minimum Age ({min}) is above Maximum Age ({max}): nobody can enrol. Correct one of the limits.',
  },
  docs: {
    details: 'Ages are compared after converting units (a Minimum Age of 2 Years is above a Maximum Age of 18 Months).',
    wrong: `protocolSection:
  eligibilityModule:
    minimumAge: 65 Years
    maximumAge: 18 Years
`,
    right: `protocolSection:
  eligibilityModule:
    minimumAge: 18 Years
    maximumAge: 65 Years
`,
  },
  check(context) {
    const eligibility = protocolModule(context.study, 'eligibilityModule');
    const min = parseAgeField(eligibility.minimumAge);
    const max = parseAgeField(eligibility.maximumAge);
    if (!min || !max || min.years <= max.years) return;
    context.report({
      messageId: 'inverted',
      pointer: `${ELIGIBILITY}/minimumAge`,
      data: { min: formatAge(min), max: formatAge(max) },
    });
  },
});
