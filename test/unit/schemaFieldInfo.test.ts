import assert from 'node:assert/strict';
import { fieldInfoAt } from '../../server/src/core/model';
import { SCHEMA_FINDINGS, SCHEMA_FINDING_IDS, closestMatch, editDistance } from '../../server/src/core/schema';

describe('fieldInfoAt', () => {
  it('describes an enum field with its labels and requirement', () => {
    const info = fieldInfoAt('/protocolSection/designModule/designInfo/allocation');
    assert.ok(info);
    assert.equal(info.title, 'Allocation');
    assert.equal(info.kind, 'string');
    assert.equal(info.enumName, 'DesignAllocation');
    assert.deepEqual(info.requirement, { code: 'R', text: 'Required for interventional studies' });
    assert.deepEqual(
      info.enumValues?.map((v) => v.label),
      ['Randomized', 'Non-Randomized', 'N/A'],
    );
  });

  it('maps array indices to the item schema', () => {
    const info = fieldInfoAt('/protocolSection/armsInterventionsModule/armGroups/3/type');
    assert.equal(info?.title, 'Arm Type');
    assert.equal(info?.enumName, 'ArmGroupType');
    assert.equal(fieldInfoAt('/protocolSection/armsInterventionsModule/armGroups/0')?.title, 'Arm');
  });

  it('lists the keys allowed in an object for completion', () => {
    const info = fieldInfoAt('/protocolSection/designModule/designInfo');
    assert.equal(info?.kind, 'object');
    assert.deepEqual(Object.keys(info?.children ?? {}), [
      'allocation',
      'interventionModel',
      'interventionModelDescription',
      'primaryPurpose',
      'observationalModel',
      'timePerspective',
      'maskingInfo',
    ]);
    assert.equal(info?.children?.maskingInfo?.kind, 'object');
  });

  it('gives limits and conditions', () => {
    assert.equal(fieldInfoAt('/protocolSection/identificationModule/briefTitle')?.limit, 300);
    assert.equal(
      fieldInfoAt('/protocolSection/statusModule/whyStopped')?.requirement.text,
      'Conditionally required: when Overall Recruitment Status is Suspended, Terminated or Withdrawn',
    );
    assert.equal(fieldInfoAt('/protocolSection/designModule/phases')?.maxItems, 2);
  });

  it('describes the root and the loosely accepted sections, but nothing inside them', () => {
    assert.equal(fieldInfoAt('')?.kind, 'object');
    assert.ok(fieldInfoAt('')?.children?.protocolSection);
    assert.equal(fieldInfoAt('/derivedSection')?.isStrict, false);
    assert.equal(fieldInfoAt('/derivedSection/miscInfoModule'), undefined);
    // The results section is modelled like the protocol.
    assert.equal(fieldInfoAt('/resultsSection')?.isStrict, true);
    assert.equal(
      fieldInfoAt('/resultsSection/participantFlowModule/periods/0/milestones/0/achievements/0/numSubjects')?.title,
      'Number of Participants',
    );
  });

  it('returns undefined for unknown keys', () => {
    assert.equal(fieldInfoAt('/protocolSection/designModule/colour'), undefined);
    assert.equal(fieldInfoAt('/protocolSection/designModule/phases/x'), undefined);
  });

  it('has a title and a description for every field of the protocol', () => {
    const missing: string[] = [];
    const visit = (pointer: string): void => {
      const info = fieldInfoAt(pointer);
      if (!info || !info.title || !info.description) missing.push(pointer);
      for (const key of Object.keys(info?.children ?? {})) visit(`${pointer}/${key}`);
      if (info?.kind === 'array') visit(`${pointer}/0`);
    };
    visit('');
    assert.deepEqual(missing, []);
  });
});

describe('schema finding table', () => {
  it('lists every id with a severity and a description', () => {
    assert.ok(SCHEMA_FINDING_IDS.length >= 10);
    for (const id of SCHEMA_FINDING_IDS) {
      assert.match(id, /^schema\/[a-z-]+$/);
      assert.ok(SCHEMA_FINDINGS[id].description.length > 10);
    }
    assert.equal(SCHEMA_FINDINGS['schema/unknown-key'].severity, 'warning');
  });
});

describe('closestMatch', () => {
  it('counts a swap of neighbours as one edit', () => {
    assert.equal(editDistance('CORSSOVER', 'CROSSOVER'), 1);
  });

  it('treats case and punctuation differences as certain', () => {
    assert.deepEqual(closestMatch('single group', ['SINGLE_GROUP', 'PARALLEL']), {
      value: 'SINGLE_GROUP',
      isCertain: true,
    });
  });

  it('gives nothing for far-off input', () => {
    assert.equal(closestMatch('banana', ['SINGLE_GROUP', 'PARALLEL']), undefined);
  });
});
