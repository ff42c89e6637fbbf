import { defineRule } from '../defineRule';
import { asString } from '../../model/read';
import { ELIGIBILITY, protocolModule } from '../util/read';
import { replaceFix } from '../util/fixes';

export default defineRule({
  id: 'eligibility/age-unit-number',
  description: 'An age of 1 is written with a singular unit.',
  severity: 'info',
  catalogue: ['elig-age-unit-number'],
  tier: 'house',
  fix: 'safe',
  messages: {
    grammar: '"{age}" reads better as "{better}". The registry accepts both.',
  },
  docs: {
    details: 'A grammar note: "1 Year", "2 Years". The registry accepts both forms.',
    wrong: `protocolSection:
  eligibilityModule:
    minimumAge: 1 Years
`,
    right: `protocolSection:
  eligibilityModule:
    minimumAge: 1 Year
`,
  },
  check(context) {
    const eligibility = protocolModule(context.study, 'eligibilityModule');
    for (const key of ['minimumAge', 'maximumAge'] as const) {
      const age = asString(eligibility[key])?.trim();
      const match = age ? /^(\d+) (Year|Month|Week|Day|Hour|Minute)(s?)$/.exec(age) : null;
      if (!age || !match || (match[1] === '1') === (match[3] === '')) continue;
      const better = `${match[1]} ${match[2]}${match[1] === '1' ? '' : 's'}`;
      context.report({
        messageId: 'grammar',
        pointer: `${ELIGIBILITY}/${key}`,
        data: { age, better },
        fixes: [replaceFix(`Write "${better}"`, `${ELIGIBILITY}/${key}`, better, { safe: true })],
      });
    }
  },
});
