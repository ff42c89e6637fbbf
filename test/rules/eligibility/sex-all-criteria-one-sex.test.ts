import rule from '../../../server/src/core/rules/eligibility/sex-all-criteria-one-sex';
import { eligibility, P, record } from '../builders';
import { runRuleTests } from '../ruleTester';

const criteria = (inclusion: string, exclusion = '* None') =>
  `Inclusion Criteria:\n\n${inclusion}\n\nExclusion Criteria:\n\n${exclusion}`;

runRuleTests(rule, {
  valid: [
    {
      name: 'the seed: man or woman',
      study: record(
        eligibility({
          sex: 'ALL',
          eligibilityCriteria: criteria(
            '* man or woman aged from 18 to 70 years old.\n* Women of reproductive ' +
              'potential may not participate unless they use contraception.',
          ),
        }),
      ),
    },
    {
      name: 'women of child-bearing potential',
      study: record(
        eligibility({
          sex: 'ALL',
          eligibilityCriteria: criteria(
            '* Adults with asthma\n* Women of childbearing potential must use contraception',
          ),
        }),
      ),
    },
    {
      name: 'pregnant women excluded',
      study: record(
        eligibility({ sex: 'ALL', eligibilityCriteria: criteria('* Adults with asthma', '* Pregnant women') }),
      ),
    },
    {
      name: 'both sexes named',
      study: record(eligibility({ sex: 'ALL', eligibilityCriteria: criteria('* Women and men aged 18 or older') })),
    },
    {
      name: 'a condition for women admits women: "Female subjects must…"',
      study: record(
        eligibility({
          sex: 'ALL',
          eligibilityCriteria: criteria('* Adults with asthma\n* Female subjects must have a negative pregnancy test'),
        }),
      ),
    },
    {
      name: 'a condition for men: "Men must agree to…"',
      study: record(
        eligibility({
          sex: 'ALL',
          eligibilityCriteria: criteria('* Adults with psoriasis\n* Men must agree to use a condom'),
        }),
      ),
    },
    {
      name: 'a condition for women of childbearing potential',
      study: record(
        eligibility({
          sex: 'ALL',
          eligibilityCriteria: criteria(
            '* Age 18 to 65\n* Women of childbearing potential must use two methods of contraception',
          ),
        }),
      ),
    },
    {
      name: 'Female, with women who have male partners',
      study: record(
        eligibility({
          sex: 'FEMALE',
          eligibilityCriteria: criteria('* Women aged 18 to 45\n* Sexually active with a male partner'),
        }),
      ),
    },
    {
      name: 'sex already Female',
      study: record(eligibility({ sex: 'FEMALE', eligibilityCriteria: criteria('* Postmenopausal women') })),
    },
  ],
  invalid: [
    {
      name: 'postmenopausal women',
      study: record(
        eligibility({ sex: 'ALL', eligibilityCriteria: criteria('* Postmenopausal women with osteoporosis') }),
      ),
      errors: [{ messageId: 'oneSex', pointer: `${P}/eligibilityModule/sex` }],
      output: record(
        eligibility({ sex: 'FEMALE', eligibilityCriteria: criteria('* Postmenopausal women with osteoporosis') }),
      ),
    },
    {
      name: 'the other direction: Sex Female while an item admits men and women',
      study: record(
        eligibility({ sex: 'FEMALE', eligibilityCriteria: criteria('* Men and women aged 18 to 65 years') }),
      ),
      errors: [{ messageId: 'bothSexes', pointer: `${P}/eligibilityModule/sex` }],
      output: record(eligibility({ sex: 'ALL', eligibilityCriteria: criteria('* Men and women aged 18 to 65 years') })),
    },
    {
      name: 'healthy male volunteers',
      study: record(
        eligibility({ sex: 'ALL', eligibilityCriteria: criteria('* Healthy male volunteers aged 18 to 45') }),
      ),
      errors: [{ messageId: 'oneSex' }],
    },
  ],
});
