import assert from 'node:assert/strict';
import { validateStudy } from '../../server/src/core/schema';
import type { ReportedFinding } from '../../server/src/core/types';

type Json = { [key: string]: unknown };

/** A complete interventional record that started after the Final Rule: it has no findings. */
export function validInterventionalRecord(): Json {
  return {
    protocolSection: {
      identificationModule: {
        nctId: 'NCT01234567',
        orgStudyIdInfo: { id: 'ABC-123' },
        briefTitle: 'Metformin for Prediabetes',
        officialTitle: 'A Randomized Trial of Metformin in Adults With Prediabetes',
      },
      statusModule: {
        statusVerifiedDate: '2025-01',
        overallStatus: 'RECRUITING',
        startDateStruct: { date: '2024-03-15', type: 'ACTUAL' },
        primaryCompletionDateStruct: { date: '2026-06', type: 'ESTIMATED' },
        completionDateStruct: { date: '2026-12', type: 'ESTIMATED' },
      },
      sponsorCollaboratorsModule: {
        responsibleParty: { type: 'SPONSOR' },
        leadSponsor: { name: 'Example University' },
      },
      oversightModule: { isFdaRegulatedDrug: true, isFdaRegulatedDevice: false },
      descriptionModule: { briefSummary: 'Does metformin delay diabetes?' },
      conditionsModule: { conditions: ['Prediabetes'] },
      designModule: {
        studyType: 'INTERVENTIONAL',
        phases: ['PHASE3'],
        designInfo: {
          allocation: 'RANDOMIZED',
          interventionModel: 'PARALLEL',
          primaryPurpose: 'PREVENTION',
          maskingInfo: { masking: 'DOUBLE', whoMasked: ['PARTICIPANT', 'INVESTIGATOR'] },
        },
        enrollmentInfo: { count: 200, type: 'ESTIMATED' },
      },
      armsInterventionsModule: {
        armGroups: [
          { label: 'Metformin', type: 'EXPERIMENTAL', interventionNames: ['Drug: Metformin'] },
          { label: 'Placebo', type: 'PLACEBO_COMPARATOR', interventionNames: ['Drug: Placebo'] },
        ],
        interventions: [
          { type: 'DRUG', name: 'Metformin', description: '500 mg twice daily', armGroupLabels: ['Metformin'] },
          { type: 'DRUG', name: 'Placebo', description: 'Matching tablet', armGroupLabels: ['Placebo'] },
        ],
      },
      outcomesModule: { primaryOutcomes: [{ measure: 'Incident diabetes', timeFrame: '2 years' }] },
      eligibilityModule: {
        eligibilityCriteria: 'Inclusion Criteria:\n\n* Adults',
        healthyVolunteers: false,
        sex: 'ALL',
        minimumAge: '18 Years',
      },
    },
  };
}

/** The record with one value replaced (or removed, for `undefined`) at a slash path. */
export function withValue(path: string, value: unknown, record: Json = validInterventionalRecord()): Json {
  const keys = path.split('/').filter(Boolean);
  let target = record;
  for (const key of keys.slice(0, -1)) target = target[key] as Json;
  const last = keys[keys.length - 1];
  if (value === undefined) delete target[last];
  else target[last] = value;
  return record;
}

function only(findings: readonly ReportedFinding[]): ReportedFinding {
  assert.equal(findings.length, 1, `expected one finding, got ${JSON.stringify(findings, null, 2)}`);
  return findings[0];
}

describe('validateStudy: values', () => {
  it('finds nothing in a complete interventional record', () => {
    assert.deepEqual(validateStudy(validInterventionalRecord()), []);
  });

  it('reports RANDOMISED as one schema/enum finding that names RANDOMIZED and fixes it safely', () => {
    const pointer = '/protocolSection/designModule/designInfo/allocation';
    const finding = only(validateStudy(withValue(pointer, 'RANDOMISED')));
    assert.equal(finding.ruleId, 'schema/enum');
    assert.equal(finding.pointer, pointer);
    assert.equal(
      finding.message,
      'Allocation must be one of: Randomized (RANDOMIZED), ' +
        'Non-Randomized (NON_RANDOMIZED), N/A (NA). Did you mean RANDOMIZED?',
    );
    assert.deepEqual(finding.fixes, [
      {
        title: 'Change to RANDOMIZED',
        safe: true,
        isPreferred: true,
        operations: [{ op: 'replace', path: pointer, value: 'RANDOMIZED' }],
      },
    ]);
  });

  it('matches an enum by its registry label', () => {
    const pointer = '/protocolSection/designModule/designInfo/allocation';
    const finding = only(validateStudy(withValue(pointer, 'Non-randomized')));
    assert.match(finding.message, /Did you mean NON_RANDOMIZED\?$/);
    assert.equal(finding.fixes?.[0]?.safe, true);
  });

  it('suggests nothing when two values are equally close', () => {
    const finding = only(validateStudy(withValue('/protocolSection/designModule/phases', ['PHASE5'])));
    assert.equal(finding.pointer, '/protocolSection/designModule/phases/0');
    assert.equal(
      finding.message,
      'Phase must be one of: Not Applicable (NA), Early Phase 1 (EARLY_PHASE1), ' +
        'Phase 1 (PHASE1), Phase 2 (PHASE2), Phase 3 (PHASE3), Phase 4 (PHASE4).',
    );
    assert.equal(finding.fixes, undefined);
  });

  it('reports an unknown key on the key, with a rename to the close known key', () => {
    const record = validInterventionalRecord();
    const designInfo = ((record.protocolSection as Json).designModule as Json).designInfo as Json;
    designInfo.primaryPurpse = designInfo.primaryPurpose;
    delete designInfo.primaryPurpose;
    const findings = validateStudy(record).filter((f) => f.ruleId === 'schema/unknown-key');
    const finding = only(findings);
    assert.equal(finding.pointer, '/protocolSection/designModule/designInfo/primaryPurpse');
    assert.equal(finding.target, 'key');
    assert.equal(
      finding.message,
      'Design Details has no field "primaryPurpse". Did you mean primaryPurpose (Primary Purpose)?',
    );
    assert.deepEqual(finding.fixes?.[0]?.operations, [
      {
        op: 'move',
        from: '/protocolSection/designModule/designInfo/primaryPurpse',
        path: '/protocolSection/designModule/designInfo/primaryPurpose',
      },
    ]);
  });

  it('reports an unknown key with no close match and offers only removal', () => {
    const finding = only(validateStudy(withValue('/protocolSection/designModule/colour', 'blue')));
    assert.equal(finding.ruleId, 'schema/unknown-key');
    assert.equal(finding.message, 'Study Design has no field "colour"; the registry would drop it.');
    assert.deepEqual(
      finding.fixes?.map((f) => f.operations[0]?.op),
      ['remove'],
    );
  });

  it('points a key written at the wrong level to where it belongs', () => {
    const record = withValue('/protocolSection/designModule/allocation', 'RANDOMIZED');
    withValue('/protocolSection/designModule/designInfo/allocation', undefined, record);
    const finding = validateStudy(record).find((f) => f.ruleId === 'schema/unknown-key');
    assert.equal(
      finding?.message,
      'Study Design has no field "allocation"; it belongs in Design Details (designInfo).',
    );
  });

  it('accepts registry-generated fields and sections that downloads carry', () => {
    const record = withValue('/protocolSection/statusModule/lastUpdatePostDateStruct', {
      date: '2025-02-01',
      type: 'ACTUAL',
    });
    Object.assign(record, {
      hasResults: false,
      derivedSection: { miscInfoModule: { versionHolder: '2025-02-01' } },
      documentSection: { anything: [1, 2] },
    });
    assert.deepEqual(validateStudy(record), []);
  });

  it('reports a number written as text as schema/type', () => {
    const finding = only(validateStudy(withValue('/protocolSection/designModule/enrollmentInfo/count', '200')));
    assert.equal(finding.ruleId, 'schema/type');
    assert.equal(finding.message, 'Enrollment must be a number; found "200".');
  });

  it('reports an empty enum value as schema/type listing the allowed values', () => {
    const finding = only(validateStudy(withValue('/protocolSection/eligibilityModule/sex', null)));
    assert.equal(finding.ruleId, 'schema/type');
    assert.equal(finding.message, 'Sex is empty; it must be one of: Female (FEMALE), Male (MALE), All (ALL).');
  });

  it('reports a fractional enrollment as schema/range', () => {
    const finding = only(validateStudy(withValue('/protocolSection/designModule/enrollmentInfo/count', 12.5)));
    assert.equal(finding.ruleId, 'schema/range');
    assert.equal(finding.message, 'Enrollment must be a whole number; found 12.5.');
  });
});

describe('validateStudy: formats', () => {
  const start = '/protocolSection/statusModule/startDateStruct/date';

  for (const good of ['2024', '2024-02', '2024-02-29']) {
    it(`accepts the partial date ${good}`, () => assert.deepEqual(validateStudy(withValue(start, good)), []));
  }

  it('reports a date in another notation', () => {
    const finding = only(validateStudy(withValue(start, 'March 2024')));
    assert.equal(finding.ruleId, 'schema/format');
    assert.equal(finding.pointer, start);
    assert.equal(
      finding.message,
      'Study Start Date must be a date written YYYY-MM-DD, YYYY-MM or YYYY; found "March 2024".',
    );
  });

  it('reports a date that does not exist', () => {
    const finding = only(validateStudy(withValue(start, '2023-02-29')));
    assert.equal(finding.ruleId, 'schema/format');
    assert.equal(finding.message, 'Study Start Date "2023-02-29" is not a real calendar date.');
  });

  it('knows month lengths and leap years as the calendar does', () => {
    // Read digit by digit (not by a Date): every month's last day, and the century rules of February 29.
    const real = ['2024-01-31', '2024-04-30', '2024-06-30', '2024-09-30', '2024-11-30', '2024-12-31'];
    const leap = ['2000-02-29', '2024-02-29', '2400-02-29'];
    for (const date of [...real, ...leap]) assert.deepEqual(validateStudy(withValue(start, date)), [], date);
    const unreal = ['2024-04-31', '2024-06-31', '2024-02-30', '1900-02-29', '2100-02-29', '2023-02-29', '2024-01-00'];
    for (const date of [...unreal, '2024-00', '2024-00-10'])
      assert.equal(only(validateStudy(withValue(start, date))).ruleId, 'schema/format', date);
  });

  it('reports month 13', () => {
    assert.equal(only(validateStudy(withValue(start, '2024-13'))).ruleId, 'schema/format');
  });

  it('fixes the case of an age unit safely', () => {
    const pointer = '/protocolSection/eligibilityModule/minimumAge';
    const finding = only(validateStudy(withValue(pointer, '18 years')));
    assert.equal(finding.ruleId, 'schema/format');
    assert.equal(
      finding.message,
      'Minimum Age must be a number and a unit, like "18 Years" (units: ' +
        'Years, Months, Weeks, Days, Hours, Minutes); found "18 years".',
    );
    assert.deepEqual(finding.fixes, [
      {
        title: 'Change to 18 Years',
        safe: true,
        isPreferred: true,
        operations: [{ op: 'replace', path: pointer, value: '18 Years' }],
      },
    ]);
  });

  it('reports an age without a unit and offers no fix', () => {
    const finding = only(validateStudy(withValue('/protocolSection/eligibilityModule/maximumAge', '65')));
    assert.equal(finding.ruleId, 'schema/format');
    assert.equal(finding.fixes, undefined);
  });

  it('accepts every age unit the registry allows', () => {
    for (const unit of ['Year', 'Months', 'Week', 'Days', 'Hours', 'Minute']) {
      assert.deepEqual(
        validateStudy(withValue('/protocolSection/eligibilityModule/minimumAge', `1 ${unit}`)),
        [],
        unit,
      );
    }
  });

  it('reports a malformed NCT number', () => {
    const finding = only(validateStudy(withValue('/protocolSection/identificationModule/nctId', 'NCT123')));
    assert.equal(finding.ruleId, 'schema/format');
    assert.equal(finding.message, 'NCT Number must be NCT followed by 8 digits, like NCT01234567; found "NCT123".');
  });
});

describe('validateStudy: limits', () => {
  it('reports a brief title over 300 characters', () => {
    const pointer = '/protocolSection/identificationModule/briefTitle';
    const finding = only(validateStudy(withValue(pointer, 'x'.repeat(312))));
    assert.equal(finding.ruleId, 'schema/too-long');
    assert.equal(finding.pointer, pointer);
    assert.equal(finding.message, 'Brief Title is 312 characters; the registry allows 300.');
  });

  it('does not count markdown escapes toward the limit', () => {
    const title = `${'x'.repeat(290)}${'\\<'.repeat(10)}`;
    assert.deepEqual(validateStudy(withValue('/protocolSection/identificationModule/briefTitle', title)), []);
  });

  it('reports three phases as schema/too-many', () => {
    const pointer = '/protocolSection/designModule/phases';
    const finding = only(validateStudy(withValue(pointer, ['PHASE1', 'PHASE2', 'PHASE3'])));
    assert.equal(finding.ruleId, 'schema/too-many');
    assert.equal(finding.pointer, pointer);
    assert.equal(finding.message, 'Study Phase lists 3 phases; the registry allows at most 2.');
  });

  it('reports an empty condition list as schema/too-few', () => {
    const finding = only(validateStudy(withValue('/protocolSection/conditionsModule/conditions', [])));
    assert.equal(finding.ruleId, 'schema/too-few');
    assert.equal(finding.message, 'Conditions lists 0 conditions; the registry needs at least 1.');
  });
});

describe('validateStudy: a root that is not a record', () => {
  const cases: [unknown, string, string][] = [
    [undefined, 'schema/type', 'Study Record is empty; it must be a group of fields.'],
    [null, 'schema/type', 'Study Record is empty; it must be a group of fields.'],
    [42, 'schema/type', 'Study Record must be a group of fields; found 42.'],
    ['text', 'schema/type', 'Study Record must be a group of fields; found "text".'],
    [[], 'schema/type', 'Study Record must be a group of fields; found a list.'],
    [{}, 'schema/required', 'Study Record is missing Protocol (protocolSection), required.'],
  ];
  for (const [input, ruleId, message] of cases) {
    it(`reports ${JSON.stringify(input) ?? 'undefined'} once, at the root, saying what a record is`, () => {
      const finding = only(validateStudy(input));
      assert.deepEqual([finding.ruleId, finding.pointer, finding.message], [ruleId, '', message]);
    });
  }
});
