import assert from 'node:assert/strict';
import { z } from 'zod';
import { runRules } from '../../server/src/core/engine';
import { metaOf, objectShape, studySchema, unwrapOptional } from '../../server/src/core/model';
import { ALL_RULES } from '../../server/src/core/rules';
import { validateStudy } from '../../server/src/core/schema';
import { REPORTED_BY_RULES } from '../../server/src/core/schema/requirements';
import type { ReportedFinding } from '../../server/src/core/types';
import { validInterventionalRecord, withValue } from './schemaFindings.test';

type Json = { [key: string]: unknown };

function observationalRecord(): Json {
  const record = validInterventionalRecord();
  const protocol = record.protocolSection as Json;
  protocol.designModule = {
    studyType: 'OBSERVATIONAL',
    patientRegistry: false,
    designInfo: { observationalModel: 'COHORT', timePerspective: 'PROSPECTIVE' },
    bioSpec: { retention: 'NONE_RETAINED' },
    enrollmentInfo: { count: 500, type: 'ESTIMATED' },
  };
  protocol.armsInterventionsModule = { armGroups: [{ label: 'Adults with prediabetes' }] };
  Object.assign(protocol.eligibilityModule as Json, {
    studyPopulation: 'Adults seen in primary care',
    samplingMethod: 'NON_PROBABILITY_SAMPLE',
  });
  return record;
}

function summary(findings: readonly ReportedFinding[]): string[] {
  return findings.map((f) => `${f.ruleId} ${f.pointer} ${(f.data?.missingKey as string | undefined) ?? ''}`.trim());
}

describe('validateStudy: required fields', () => {
  it('reports a missing allocation on the Design Details key, naming the field, with an add fix', () => {
    const findings = validateStudy(withValue('/protocolSection/designModule/designInfo/allocation', undefined));
    assert.equal(findings.length, 1);
    const [finding] = findings as [ReportedFinding];
    assert.equal(finding.ruleId, 'schema/required');
    assert.equal(finding.pointer, '/protocolSection/designModule/designInfo');
    assert.equal(finding.target, 'key');
    assert.equal(
      finding.message,
      'Design Details is missing Allocation (allocation), required for interventional studies.',
    );
    assert.deepEqual(finding.fixes, [
      {
        title: 'Add Allocation',
        safe: false,
        isPreferred: true,
        fillIn: true,
        operations: [{ op: 'add', path: '/protocolSection/designModule/designInfo/allocation', value: '' }],
      },
    ]);
  });

  it('requires phases, allocation, model, purpose and masking of interventional studies', () => {
    const record = withValue('/protocolSection/designModule/designInfo', {});
    withValue('/protocolSection/designModule/phases', undefined, record);
    assert.deepEqual(summary(validateStudy(record)), [
      'schema/required /protocolSection/designModule phases',
      'schema/required /protocolSection/designModule/designInfo allocation',
      'schema/required /protocolSection/designModule/designInfo interventionModel',
      'schema/required /protocolSection/designModule/designInfo primaryPurpose',
      'schema/required /protocolSection/designModule/designInfo maskingInfo',
    ]);
  });

  it('finds nothing in a complete observational record', () => {
    assert.deepEqual(validateStudy(observationalRecord()), []);
  });

  it('requires observational model, time perspective, population and sampling of observational studies', () => {
    const record = withValue('/protocolSection/designModule/designInfo', {}, observationalRecord());
    withValue('/protocolSection/eligibilityModule/studyPopulation', undefined, record);
    withValue('/protocolSection/eligibilityModule/samplingMethod', undefined, record);
    assert.deepEqual(summary(validateStudy(record)), [
      'schema/required /protocolSection/designModule/designInfo observationalModel',
      'schema/required /protocolSection/designModule/designInfo timePerspective',
      'schema/required /protocolSection/eligibilityModule studyPopulation',
      'schema/required /protocolSection/eligibilityModule samplingMethod',
    ]);
  });

  it('only reminds about a missing biospecimen retention, which published records often lack', () => {
    const findings = validateStudy(
      withValue('/protocolSection/designModule/bioSpec', undefined, observationalRecord()),
    );
    assert.deepEqual(summary(findings), ['schema/recommended /protocolSection/designModule bioSpec']);
  });

  it('requires Final Rule fields only from studies starting on or after 2017-01-18', () => {
    const current = withValue('/protocolSection/identificationModule/officialTitle', undefined);
    assert.deepEqual(summary(validateStudy(current)), [
      'schema/required /protocolSection/identificationModule officialTitle',
    ]);
    assert.match(
      validateStudy(current)[0].message,
      /^Study Identification is missing Official Title \(officialTitle\), required when the study starts on or after 2017-01-18\.$/,
    );
    const legacy = withValue('/protocolSection/statusModule/startDateStruct/date', '2017-01', current);
    assert.deepEqual(validateStudy(legacy), []);
  });

  it('turns a missing required field of a pre-2017 study into a legacy note', () => {
    const record = withValue('/protocolSection/statusModule/startDateStruct', { date: '2009-05' });
    const findings = validateStudy(record);
    assert.deepEqual(summary(findings), ['schema/required-legacy /protocolSection/statusModule/startDateStruct type']);
    assert.equal(
      findings[0].message,
      'Study Start Date is missing Study Start Date Type (type). The registry requires it for ' +
        'interventional studies today; studies that started before 2017-01-18 may lack it.',
    );
  });

  it("leaves a terminated study's missing reason to status/why-stopped-missing: one problem, one finding", () => {
    const study = withValue('/protocolSection/statusModule/overallStatus', 'TERMINATED');
    assert.deepEqual(summary(validateStudy(study)), []);
    const findings = runRules(study, {
      today: '2025-06-15',
      rules: ALL_RULES,
      logger: {
        error: (message) => {
          throw new Error(message);
        },
      },
    });
    assert.deepEqual(
      findings.filter((f) => /why/i.test(f.message)).map((f) => f.ruleId),
      ['status/why-stopped-missing'],
    );
  });

  it('asks who is masked unless masking is None', () => {
    const pointer = '/protocolSection/designModule/designInfo/maskingInfo';
    assert.deepEqual(summary(validateStudy(withValue(pointer, { masking: 'SINGLE' }))), [
      `schema/conditionally-required ${pointer} whoMasked`,
    ]);
    assert.deepEqual(validateStudy(withValue(pointer, { masking: 'NONE' })), []);
  });

  it('adds a placeholder object with its own required fields', () => {
    const findings = validateStudy(withValue('/protocolSection/designModule/enrollmentInfo', undefined));
    assert.deepEqual(findings[0].fixes?.[0]?.operations, [
      { op: 'add', path: '/protocolSection/designModule/enrollmentInfo', value: { count: 0, type: '' } },
    ]);
  });

  it('reports a missing field of an array item on the item, not on a key', () => {
    const record = withValue('/protocolSection/outcomesModule/primaryOutcomes', [{ measure: 'Incident diabetes' }]);
    const [finding] = validateStudy(record) as [ReportedFinding];
    assert.equal(finding.pointer, '/protocolSection/outcomesModule/primaryOutcomes/0');
    assert.equal(finding.target, undefined);
    assert.equal(
      finding.message,
      'Primary Outcome Measure is missing Primary Outcome Measure Time Frame (timeFrame), required.',
    );
  });

  it('requires nothing study-type specific when the study type is unknown', () => {
    const record = withValue('/protocolSection/designModule', { studyType: 'INTERVENTIONAL_STUDY' });
    assert.deepEqual(
      validateStudy(record).map((f) => f.ruleId),
      ['schema/enum'],
    );
  });
});

describe('validateStudy: every required field is looked for', () => {
  // The walk skips keys that cannot be missing nor hold one that can; this holds it to the model itself. A record
  // with every object of the model present but empty (one item per list of objects) must report each field the
  // model requires of every study, wherever it sits, e.g. a measurement's value deep in the results (but those a
  // consistency rule reports instead).

  /** The empty skeleton of `schema` at `pointer`, and the findings its missing fields must give. */
  function skeleton(schema: z.ZodType, pointer: string, expected: string[]): Json {
    const value: Json = {};
    for (const [key, child] of Object.entries(objectShape(unwrapOptional(schema)) ?? {})) {
      const meta = metaOf(child);
      // Registry-generated parts are not looked into.
      if (meta?.requirement.code === 'D') continue;
      const inner = unwrapOptional(child);
      const element = inner instanceof z.ZodArray ? unwrapOptional(inner.element as z.ZodType) : undefined;
      if (objectShape(inner)) value[key] = skeleton(inner, `${pointer}/${key}`, expected);
      else if (element && objectShape(element)) value[key] = [skeleton(element, `${pointer}/${key}/0`, expected)];
      else if (meta?.requirement.code === 'R' && !meta.requirement.studyTypes) {
        if (REPORTED_BY_RULES.has(`${pointer}/${key}`)) continue;
        const id = meta.requirement.lenientBecause ? 'schema/recommended' : 'schema/required';
        expected.push(`${id} ${pointer} ${key}`);
      }
    }
    return value;
  }

  it('reports each field required of every study type, down to the results', () => {
    const expected: string[] = [];
    const record = skeleton(studySchema, '', expected);
    const reported = new Set(summary(validateStudy(record)));
    assert.ok(expected.some((entry) => entry.includes('/resultsSection/outcomeMeasuresModule/outcomeMeasures/0/')));
    assert.ok(expected.length > 50, `${expected.length} required fields found in the model`);
    assert.deepEqual(
      expected.filter((entry) => !reported.has(entry)),
      [],
    );
  });
});
