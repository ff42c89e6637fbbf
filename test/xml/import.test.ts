import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createTrialRecordService, fixedClock } from '../../server/src/core';
import { importRegistryXml } from '../../server/src/core/registryXml';
import { classicDate, classicText } from '../../server/src/core/registryXml/importClassic';
import { FIXTURE_LEGACY, SHARED_LEGACY, SHARED_V2, filesIn } from './corpus';
import { itWithSharedCorpus } from '../records';

const service = createTrialRecordService({ clock: fixedClock('2026-12-01') });

function importFile(file: string) {
  return importRegistryXml(readFileSync(file, 'utf8'));
}

/** Schema errors the checker reports on an imported record (legacy gaps are notes, not errors). */
function schemaErrors(record: unknown): string[] {
  const document = service.parse(JSON.stringify(record), 'json');
  return service
    .check(document)
    .filter((finding) => finding.ruleId.startsWith('schema/') && finding.severity === 'error')
    .map((finding) => `${finding.ruleId} ${finding.pointer}: ${finding.message}`);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function protocol(record: unknown): Record<string, any> {
  return (record as { protocolSection: Record<string, unknown> }).protocolSection;
}

describe('registry XML import: classic public XML', () => {
  it('reads dates and text blocks the way v2 writes them', () => {
    assert.equal(classicDate('January 30, 2023'), '2023-01-30');
    assert.equal(classicDate('May 2019'), '2019-05');
    assert.equal(classicDate('sometime'), 'sometime');
    assert.equal(
      classicText(
        '\n      First line of a paragraph that the download\n' +
          '      wrapped here.\n\n        -  item one\n\n        -  item two\n    ',
      ),
      'First line of a paragraph that the download wrapped here.\n\n* item one\n* item two',
    );
  });

  it('imports every vendored record with no schema errors, and no crash', () => {
    const files = filesIn(FIXTURE_LEGACY, '.xml');
    assert.equal(files.length, 7);
    for (const file of files) {
      const result = importFile(file);
      assert.equal(result.dialect, 'classic-public', basename(file));
      assert.deepEqual(schemaErrors(result.record), [], basename(file));
      assert.equal(protocol(result.record).identificationModule.nctId, basename(file, '.xml'));
    }
  });

  it('maps codes, phases, masking and the pre-2017 one-line design', () => {
    const old = protocol(importFile(join(FIXTURE_LEGACY, 'NCT00002475.xml')).record);
    assert.equal(old.designModule.studyType, 'INTERVENTIONAL');
    assert.equal(
      old.designModule.designInfo.primaryPurpose,
      'TREATMENT',
      'read from <study_design>Primary Purpose: Treatment</study_design>',
    );
    const recent = protocol(importFile(join(FIXTURE_LEGACY, 'NCT05689424.xml')).record);
    assert.deepEqual(recent.designModule.phases, ['PHASE1']);
    assert.equal(recent.eligibilityModule.sex, 'ALL');
    assert.match(recent.statusModule.startDateStruct.date, /^\d{4}-\d{2}(-\d{2})?$/);
    const registry = protocol(importFile(join(FIXTURE_LEGACY, 'NCT05381714.xml')).record);
    assert.equal(registry.designModule.studyType, 'OBSERVATIONAL');
    assert.equal(registry.designModule.patientRegistry, true);
  });

  it('reports what it cannot map: classic results, and fills nothing in silently', () => {
    const results = importFile(join(FIXTURE_LEGACY, 'NCT01065844.xml'));
    const ids = results.findings.map((finding) => `${finding.ruleId} ${finding.element}`);
    assert.ok(ids.includes('import/not-mapped /clinical_study/clinical_results'), ids.join('\n'));
    for (const finding of results.findings.filter((item) => item.ruleId === 'import/value-inferred'))
      assert.equal(finding.severity, 'info');
  });

  it('keeps the registry module order', () => {
    const record = importFile(join(FIXTURE_LEGACY, 'NCT05687305.xml')).record as Record<
      string,
      Record<string, unknown>
    >;
    const modules = Object.keys(record.protocolSection);
    const registryOrder = [
      'identificationModule',
      'statusModule',
      'sponsorCollaboratorsModule',
      'oversightModule',
      'descriptionModule',
      'conditionsModule',
      'designModule',
      'armsInterventionsModule',
      'outcomesModule',
      'eligibilityModule',
      'contactsLocationsModule',
      'referencesModule',
      'ipdSharingStatementModule',
    ];
    assert.deepEqual(
      modules,
      registryOrder.filter((name) => modules.includes(name)),
    );
  });

  /**
   * The classic downloads are older snapshots than the v2 records: status, dates, verification
   * date and some texts moved on since. The fields below did not change and must agree.
   */
  it('agrees field by field with the v2 JSON of the same study on what did not change', () => {
    const stable = [
      'identificationModule.briefTitle',
      'identificationModule.officialTitle',
      'identificationModule.orgStudyIdInfo',
      'sponsorCollaboratorsModule.leadSponsor.name',
      'designModule.studyType',
      'designModule.phases',
      'designModule.designInfo.allocation',
      'designModule.designInfo.interventionModel',
      'designModule.designInfo.primaryPurpose',
      'designModule.designInfo.maskingInfo',
      'conditionsModule',
      'armsInterventionsModule',
      'eligibilityModule.sex',
      'eligibilityModule.minimumAge',
      'eligibilityModule.maximumAge',
      'eligibilityModule.healthyVolunteers',
      'outcomesModule.primaryOutcomes.length',
    ];
    for (const id of ['NCT05687305', 'NCT05689424']) {
      const imported = protocol(importFile(join(FIXTURE_LEGACY, `${id}.xml`)).record);
      const v2 = protocol(JSON.parse(readFileSync(join(FIXTURE_LEGACY, 'v2', `${id}.json`), 'utf8')));
      for (const path of stable) {
        const get = (root: unknown) =>
          path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], root);
        // Arm and intervention descriptions are free text that was edited in NCT05687305; compare the structure.
        const strip = (value: unknown) =>
          JSON.parse(JSON.stringify(value ?? null, (key, item) => (key === 'description' ? undefined : item)));
        assert.deepEqual(strip(get(imported)), strip(get(v2)), `${id} ${path}`);
      }
    }
  });
});

describe('registry XML import: PRS upload/download XML', () => {
  const download = `<?xml version="1.0"?>
<study_collection><clinical_study><id_info><org_name>ACME</org_name><org_study_id>X1</org_study_id></id_info>
<is_ind_study>yes</is_ind_study><ind_info><ind_grantor>CDER</ind_grantor><ind_number>123</ind_number>
<has_expanded_access>yes</has_expanded_access><expanded_access_nct_id>NCT01234567</expanded_access_nct_id></ind_info>
<brief_title>T</brief_title><study_design><study_type>Interventional</study_type><interventional_design>
<interventional_subtype>Treatment</interventional_subtype><phase>Phase 2/Phase 3</phase>\
<allocation>Non-randomized</allocation>
<no_masking>yes</no_masking></interventional_design></study_design>
<overall_contact><first_name>Ada</first_name><last_name>Lovelace</last_name><degrees>PhD</degrees></overall_contact>
</clinical_study></study_collection>`;

  it('reads a PRS download (names, design display values, expanded access); IND numbers not mapped', () => {
    const result = importRegistryXml(download);
    assert.equal(result.dialect, 'prs-upload');
    const study = protocol(result.record);
    assert.deepEqual(study.designModule.phases, ['PHASE2', 'PHASE3']);
    assert.equal(study.designModule.designInfo.allocation, 'NON_RANDOMIZED');
    assert.equal(study.designModule.designInfo.maskingInfo.masking, 'NONE');
    assert.equal(study.contactsLocationsModule.centralContacts[0].name, 'Ada Lovelace, PhD');
    assert.deepEqual(study.statusModule.expandedAccessInfo, { hasExpandedAccess: true, nctId: 'NCT01234567' });
    const notMapped = result.findings
      .filter((finding) => finding.ruleId === 'import/not-mapped')
      .map((finding) => finding.element);
    assert.deepEqual(notMapped.sort(), [
      '/study_collection/clinical_study/ind_info/ind_grantor',
      '/study_collection/clinical_study/ind_info/ind_number',
      '/study_collection/clinical_study/is_ind_study',
    ]);
  });
});

describe('registry XML import: bad input', () => {
  it('reports a file that is not XML, or not a registry record, and never throws', () => {
    for (const text of [
      '',
      'not xml',
      '<a><b></a>',
      '<?xml version="1.0"?><html><body/></html>',
      '<clinical_study>text</clinical_study>',
    ]) {
      const result = importRegistryXml(text);
      assert.equal(result.record, undefined, text);
      assert.equal(result.findings[0]?.ruleId, 'import/not-xml', text);
      assert.equal(result.findings[0]?.severity, 'error');
    }
  });
});

describe('registry XML import: the shared legacy corpus (when ../shared is present)', function () {
  this.timeout(120_000);
  itWithSharedCorpus('imports every classic XML record with no schema errors and no crash', () => {
    const files = filesIn(SHARED_LEGACY, '.xml');
    const problems: string[] = [];
    for (const file of files) {
      try {
        const result = importFile(file);
        const errors = schemaErrors(result.record);
        if (errors.length > 0) problems.push(`${basename(file)}: ${errors.slice(0, 2).join(' | ')}`);
      } catch (error) {
        problems.push(`${basename(file)}: crashed: ${String(error)}`);
      }
    }
    assert.deepEqual(problems, []);
    console.log(`      ${files.length} classic records imported, 0 schema errors, 0 crashes`);
  });

  itWithSharedCorpus('the 4 records also in the v2 corpus are among them', () => {
    const v2 = new Set(filesIn(SHARED_V2, '.json').map((json) => basename(json, '.json')));
    const both = filesIn(SHARED_LEGACY, '.xml').filter((file) => v2.has(basename(file, '.xml')));
    assert.deepEqual(
      both.map((file) => basename(file, '.xml')),
      ['NCT02513394', 'NCT05687305', 'NCT05689424', 'NCT05695014'],
    );
  });
});
