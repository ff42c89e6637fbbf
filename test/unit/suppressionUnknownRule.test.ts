import { strict as assert } from 'node:assert';
import { createTrialRecordService, fixedClock } from '../../server/src/core';

describe('suppressions naming an unknown rule', () => {
  const service = createTrialRecordService({ clock: fixedClock('2025-01-15') });
  const check = (text: string) => service.check(service.parse(text, 'yaml'));

  it('says the id is unknown, with the likely id, instead of "nothing to suppress"', () => {
    const findings = check(
      '# trial-record-disable-next-line design/single-group-multiple-arm -- cohorts\nprotocolSection: {}\n',
    );
    const unknown = findings.filter((finding) => finding.ruleId === 'suppression/unknown-rule');
    assert.equal(unknown.length, 1, findings.map((f) => f.ruleId).join(', '));
    assert.match(
      unknown[0].message,
      /Unknown rule id "design\/single-group-multiple-arm".*Did you mean "design\/single-group-multiple-arms"\?/,
    );
    assert.ok(!findings.some((finding) => finding.ruleId === 'suppression/unused'), 'not also reported as unused');
  });

  it('leaves known ids alone', () => {
    const findings = check('# trial-record-disable schema/required -- drafting\nprotocolSection: {}\n');
    assert.ok(!findings.some((finding) => finding.ruleId === 'suppression/unknown-rule'));
  });
});
