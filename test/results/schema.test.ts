import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateStudy, type SchemaCache } from '../../server/src/core/schema';

/* eslint-disable @typescript-eslint/no-explicit-any -- the fixture is edited by path */
function fixture(nct: string): any {
  return JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'records', `${nct}.json`), 'utf8'));
}

const summary = (findings: ReturnType<typeof validateStudy>) =>
  findings.map((f) => `${f.ruleId} ${f.pointer} ${f.message}`).sort();

describe('schema: the results section', () => {
  it('accepts the published results records as they are', () => {
    for (const nct of ['NCT00203242', 'NCT00356603', 'NCT03608150', 'NCT05594173']) {
      assert.deepEqual(
        summary(validateStudy(fixture(nct))).filter((f) => f.includes('/resultsSection')),
        [],
        nct,
      );
    }
  });

  const broken = () => {
    const study = fixture('NCT03608150');
    const results = study.resultsSection;
    results.participantFlowModule.periods[0].milestones[0].achievements[0].numSubjects = 'abc';
    results.baselineCharacteristicsModule.denoms[0].counts[1].value = '-3';
    results.adverseEventsModule.eventGroups[0].seriousNumAffected = 12.5;
    results.outcomeMeasuresModule.outcomeMeasures[0].paramType = 'AVERAGE';
    results.participantFlowModule.periodz = [];
    results.extraModule = {};
    return study;
  };

  it("reports counts that are not whole numbers, unknown codes and unknown keys, in the registry's words", () => {
    const messages = summary(validateStudy(broken())).filter((f) => f.includes('/resultsSection'));
    const expected = [
      /^schema\/range \/resultsSection\/participantFlowModule\/periods\/0\/milestones\/0\/achievements\/0\/numSubjects Number of Participants must be a whole number; found "abc"\.$/,
      /^schema\/range \/resultsSection\/baselineCharacteristicsModule\/denoms\/0\/counts\/1\/value Number Analyzed cannot be negative; found "-3"\.$/,
      /^schema\/range \/resultsSection\/adverseEventsModule\/eventGroups\/0\/seriousNumAffected Serious Adverse Events: Affected must be a whole number; found 12\.5\.$/,
      /^schema\/enum \/resultsSection\/outcomeMeasuresModule\/outcomeMeasures\/0\/paramType .*Count of Participants \(COUNT_OF_PARTICIPANTS\)/,
      /^schema\/unknown-key \/resultsSection\/participantFlowModule\/periodz Participant Flow has no field "periodz"/,
      /^schema\/unknown-key \/resultsSection\/extraModule /,
    ];
    for (const pattern of expected)
      assert.ok(
        messages.some((m) => pattern.test(m)),
        `${pattern}\n${messages.join('\n')}`,
      );
    assert.equal(messages.length, expected.length, messages.join('\n'));
  });

  it('gives the same findings with the module cache, on the first check and on a later one', () => {
    const study = broken();
    const cache: SchemaCache = new WeakMap();
    const plain = summary(validateStudy(study));
    assert.deepEqual(summary(validateStudy(study, cache)), plain);
    // An edit elsewhere copies the path to the change; the results modules keep their identity.
    const edited = {
      ...study,
      protocolSection: {
        ...study.protocolSection,
        identificationModule: { ...study.protocolSection.identificationModule, briefTitle: 7 },
      },
    };
    const again = summary(validateStudy(edited, cache));
    assert.deepEqual(
      again.filter((f) => f.includes('/resultsSection')),
      plain.filter((f) => f.includes('/resultsSection')),
    );
    assert.ok(again.some((f) => f.startsWith('schema/type /protocolSection/identificationModule/briefTitle')));
  });
});
