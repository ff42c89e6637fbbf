import rule from '../../../server/src/core/rules/eligibility/sex-all-criteria-one-sex';
import { eligibility, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

const criteria = (inclusion: string, exclusion = '* None') => `Inclusion Criteria:\n\n${inclusion}\n\nExclusion Criteria:\n\n${exclusion}`;

runRuleTests(rule, {
  valid: [
    { name: 'the seed: man or woman', study: record(eligibility({ sex: 'ALL', eligibilityCriteria: criteria('* man or woman aged from 18 to 70 years old.\n* Women of reproductive potential may not participate unless they use contraception.') })) },
    { name: 'women of child-bearing potential', study: record(eligibility({ sex: 'ALL', eligibilityCriteria: criteria('* Adults with asthma\n* Women of childbearing potential must use contraception') })) },
    { name: 'pregnant women excluded', study: record(eligibility({ sex: 'ALL', eligibilityCriteria: criteria('* Adults with asthma', '* Pregnant women') })) },
    { name: 'both sexes named', study: record(eligibility({ sex: 'ALL', eligibilityCriteria: criteria('* Women and men aged 18 or older') })) },
    { name: 'sex already Female', study: record(eligibility({ sex: 'FEMALE', eligibilityCriteria: criteria('* Postmenopausal women') })) },
  ],
  invalid: [
    { name: 'postmenopausal women', study: record(eligibility({ sex: 'ALL', eligibilityCriteria: criteria('* Postmenopausal women with osteoporosis') })), errors: [{ messageId: 'oneSex', pointer: `${P}/eligibilityModule/sex` }], output: record(eligibility({ sex: 'FEMALE', eligibilityCriteria: criteria('* Postmenopausal women with osteoporosis') })) },
    { name: 'healthy male volunteers', study: record(eligibility({ sex: 'ALL', eligibilityCriteria: criteria('* Healthy male volunteers aged 18 to 45') })), errors: [{ messageId: 'oneSex' }] },
  ],
});
