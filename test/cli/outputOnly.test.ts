import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RecordChecker } from '../../server/src/cli/checkRecord';
import type { RecordJob } from '../../server/src/cli/jobs';

const FIXTURES = join(__dirname, '../fixtures/records');
const TODAY = '2025-11-20';

function job(label: string, text: string, severities: RecordJob['severities'] = {}): RecordJob & { text: string } {
  return { label, text, format: label.endsWith('.json') ? 'json' : 'yaml', line: 0, character: 0, severities };
}

const records = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.json'))
  .map((name) => job(name, readFileSync(join(FIXTURES, name), 'utf8')));

/** A YAML record whose suppression comment names an info rule that fires on the next line. */
const suppressed = job(
  'suppressed.trial.yaml',
  [
    'protocolSection:',
    '  identificationModule:',
    '    nctId: NCT01234567',
    '    # trial-record-disable-next-line text/title-all-caps -- kept as registered',
    '    briefTitle: VITAMIN D AND FALLS IN OLDER ADULTS',
    '',
  ].join('\n'),
);

describe('CLI: --quiet and --rule skip what they would not print', function () {
  this.timeout(120_000);

  it('--quiet prints exactly the errors of a full check', () => {
    const quiet = new RecordChecker({ today: TODAY, errorsOnly: true, onlyRules: [] });
    const full = new RecordChecker({ today: TODAY, errorsOnly: false, onlyRules: [] });
    let errors = 0;
    for (const record of [...records, suppressed]) {
      const expected = full.check(record).findings.filter((finding) => finding.severity === 'error');
      errors += expected.length;
      assert.deepStrictEqual(quiet.check(record).findings, expected, record.label);
    }
    assert.ok(errors > 0, 'the fixtures have error findings to compare');
  });

  it("--rule prints exactly that rule's or area's findings of a full check", () => {
    const full = new RecordChecker({ today: TODAY, errorsOnly: false, onlyRules: [] });
    const counts = new Map<string, number>();
    for (const record of records)
      for (const finding of full.check(record).findings) counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
    const [common] = [...counts].sort((a, b) => b[1] - a[1])[0];
    const area = `${common.split('/')[0]}/`;
    const cases = [
      { onlyRules: [common], keeps: (rule: string) => rule === common },
      { onlyRules: [`${area}*`], keeps: (rule: string) => rule.startsWith(area) },
    ];
    for (const { onlyRules, keeps } of cases) {
      const only = new RecordChecker({ today: TODAY, errorsOnly: false, onlyRules });
      for (const record of records) {
        const expected = full.check(record).findings.filter((finding) => keeps(finding.rule));
        assert.deepStrictEqual(only.check(record).findings, expected, `${record.label} ${onlyRules[0]}`);
      }
    }
  });

  it('an unused suppression that is shown as an error still sees every finding', () => {
    const severities = { 'suppression/unused': 'error' as const };
    const quiet = new RecordChecker({ today: TODAY, errorsOnly: true, onlyRules: [] });
    const full = new RecordChecker({ today: TODAY, errorsOnly: false, onlyRules: [] });
    const record = job(suppressed.label, suppressed.text, severities);
    const expected = full.check(record).findings.filter((finding) => finding.severity === 'error');
    assert.deepStrictEqual(quiet.check(record).findings, expected);
    assert.ok(!expected.some((finding) => finding.rule === 'suppression/unused'), 'the suppression is used');
  });
});
