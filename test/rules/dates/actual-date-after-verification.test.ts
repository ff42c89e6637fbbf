import * as assert from 'node:assert/strict';
import rule from '../../../server/src/core/rules/dates/actual-date-after-verification';
import { date, P, record, status } from '../builders';
import { check, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      name: 'actual before verification',
      study: record(status({ statusVerifiedDate: '2013-06', startDateStruct: date('2013-04-30') })),
    },
    {
      name: 'actual in the verification month',
      study: record(status({ statusVerifiedDate: '2013-06', startDateStruct: date('2013-06-30') })),
    },
    {
      name: 'estimated after verification',
      study: record(status({ statusVerifiedDate: '2013-06', completionDateStruct: date('2014-12-31', 'ESTIMATED') })),
    },
  ],
  invalid: [
    {
      name: 'actual completion after verification',
      study: record(status({ statusVerifiedDate: '2013-06', completionDateStruct: date('2014-12-31') })),
      errors: [{ messageId: 'afterVerification', pointer: `${P}/statusModule/completionDateStruct/date` }],
    },
    {
      name: 'two late dates are one finding (one problem: the verification date was left behind)',
      study: record(
        status({
          statusVerifiedDate: '2018-07',
          primaryCompletionDateStruct: date('2019-06'),
          completionDateStruct: date('2019-06'),
        }),
      ),
      errors: [{ messageId: 'afterVerification', pointer: `${P}/statusModule/primaryCompletionDateStruct/date` }],
    },
  ],
});

describe('dates/actual-date-after-verification advice', () => {
  it("does not advise marking a closed study's date Estimated (dates/estimated-date-on-closed-study)", () => {
    const study = record(
      status({ overallStatus: 'COMPLETED', statusVerifiedDate: '2018-07', completionDateStruct: date('2019-06') }),
    );
    const [finding] = check(rule, study);
    assert.doesNotMatch(finding.message, /Estimated/);
    assert.match(finding.message, /update the Record Verification Date/);
  });
  it('offers Estimated for an open study, whose date may not have happened yet', () => {
    const study = record(
      status({ overallStatus: 'RECRUITING', statusVerifiedDate: '2018-07', startDateStruct: date('2019-06') }),
    );
    assert.match(check(rule, study)[0].message, /Estimated/);
  });
});
