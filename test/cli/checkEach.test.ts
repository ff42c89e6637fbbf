import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { RecordChecker } from '../../server/src/cli/checkRecord';
import { UnreadableRecordError, type RecordJob } from '../../server/src/cli/jobs';
import { createTrialRecordService, fixedClock } from '../../server/src/core';
import { runRules, runRulesOnEach } from '../../server/src/core/engine';
import { defineRule } from '../../server/src/core/rules/defineRule';
import { ALL_RULES } from '../../server/src/core/rules';
import { recordFiles, recordsLabel } from '../records';

const TODAY = '2025-11-20';

function job(label: string, text: string, severities: RecordJob['severities'] = {}): RecordJob {
  return { label, text, format: label.endsWith('.json') ? 'json' : 'yaml', line: 0, character: 0, severities };
}

/** An archive entry's job: deflated bytes, inflated where it is checked. */
function stored(label: string, data: Buffer, text: string, severities: RecordJob['severities'] = {}): RecordJob {
  return {
    label,
    format: 'json',
    line: 0,
    character: 0,
    severities,
    stored: { data, method: 8, size: Buffer.byteLength(text) },
  };
}

/** One by one, as `check` gives them: the result, or the error it throws. */
function oneByOne(checker: RecordChecker, jobs: readonly RecordJob[]): unknown[] {
  return jobs.map((each) => {
    try {
      return checker.check(each);
    } catch (error) {
      return error;
    }
  });
}

describe('bulk check in batches: the same findings as one record at a time', function () {
  this.timeout(600_000);

  it(`checkEach gives every record what check gives it, on the ${recordsLabel()}`, () => {
    const checker = new RecordChecker({ today: TODAY, errorsOnly: false, onlyRules: [] });
    const jobs = recordFiles().map((file) => job(file.name, readFileSync(file.path, 'utf8')));
    const expected = oneByOne(checker, jobs);
    for (let start = 0; start < jobs.length; start += 16) {
      const batch = jobs.slice(start, start + 16);
      assert.deepStrictEqual(checker.checkEach(batch), expected.slice(start, start + 16), batch[0].label);
    }
    assert.ok(
      expected.some((result) => (result as { findings: unknown[] }).findings.length > 0),
      'the records have findings to compare',
    );
  });

  it('keeps each record its own severities, empty texts, damaged entries and syntax errors in a mixed batch', () => {
    const checker = new RecordChecker({ today: TODAY, errorsOnly: false, onlyRules: [] });
    const texts = recordFiles().map((file) => readFileSync(file.path, 'utf8'));
    const rulesShown = (text: string) => [...new Set(checker.check(job('x.json', text)).findings.map((f) => f.rule))];
    // The record with findings of the most rules, and a table that changes what it shows: one rule off, one raised.
    const [second, shownRules] = texts
      .map((text) => [text, rulesShown(text)] as const)
      .reduce((best, each) => (each[1].length > best[1].length ? each : best));
    const first = texts[0] === second ? texts[1] : texts[0];
    assert.ok(shownRules.length >= 2, 'a record has findings of two rules');
    const ownTable = { [shownRules[0]]: 'off', [shownRules[1]]: 'error' } as const;
    const deflated = deflateRawSync(Buffer.from(second));
    const jobs: RecordJob[] = [
      job('a.json', first),
      job('b.json', second, ownTable),
      job('empty.json', '   '),
      job('broken.json', '{"protocolSection": {'),
      stored('c.json', deflated, second, ownTable),
      stored('damaged.json', deflated.subarray(0, 20), second),
      job('d.trial.yaml', 'protocolSection:\n  identificationModule:\n    briefTitle: ALL CAPS TITLE HERE\n'),
      job('e.json', second),
    ];
    const outcomes = checker.checkEach(jobs);
    assert.deepStrictEqual(outcomes, oneByOne(checker, jobs));
    assert.ok(outcomes[5] instanceof UnreadableRecordError, 'the damaged entry is an input problem');
    const empty = outcomes[2];
    assert.ok(!(empty instanceof Error));
    assert.deepStrictEqual(
      empty.findings.map((finding) => finding.rule),
      ['syntax/empty-file'],
    );
  });

  it('runs the rules rule by rule with each study getting what runRules gives it, a failing rule included', () => {
    const errors: string[] = [];
    const failing = defineRule({
      id: 'test/fails-on-arms',
      description: 'Throws on a record with arms, reports on the others.',
      severity: 'warning',
      catalogue: [],
      tier: 'house',
      messages: { seen: 'seen' },
      docs: { details: '', wrong: '', right: '' },
      check(context) {
        if (context.study.protocolSection && JSON.stringify(context.study).includes('armGroups'))
          throw new Error('boom');
        context.report({ messageId: 'seen', pointer: '/protocolSection' });
      },
    });
    const rules = [ALL_RULES[0], failing, ...ALL_RULES.slice(1)];
    const studies = [
      ...recordFiles()
        .slice(0, 20)
        .map((file) => JSON.parse(readFileSync(file.path, 'utf8')) as unknown),
      'not a record',
      [],
      {},
    ];
    const options = { today: TODAY, rules, logger: { error: (message: string) => errors.push(message) } };
    const together = runRulesOnEach(studies, options);
    const failuresTogether = errors.length;
    const alone = studies.map((study) => runRules(study, options));
    assert.deepStrictEqual(together, alone);
    assert.ok(failuresTogether > 0, 'the failing rule failed on some records');
    assert.ok(together.some((findings) => findings.some((finding) => finding.ruleId === failing.id)));
  });

  it('the service checks documents together as it checks each alone', () => {
    const service = createTrialRecordService({ clock: fixedClock(TODAY), oneCheckPerRecord: true });
    const documents = recordFiles()
      .slice(0, 40)
      .map((file) => service.parse(readFileSync(file.path, 'utf8'), 'json'));
    const severities = { 'outcomes/vague-time-frame': 'off', 'text/title-all-caps': 'error' } as const;
    assert.deepStrictEqual(
      service.checkEach(documents, { severities }),
      documents.map((document) => service.check(document, { severities })),
    );
  });
});
