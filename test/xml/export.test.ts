import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { exportRegistryXml } from '../../server/src/core/registryXml';
import { EXAMPLES, FIXTURE_RECORDS, SHARED_V2, XSD, filesIn, readRecord } from './corpus';
import { validateAgainstXsd, xmllintAvailable } from './xmllint';
import { itWithSharedCorpus } from '../records';

function study(protocol: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return { protocolSection: protocol, ...extra };
}

const DESIGNED = study({
  identificationModule: { orgStudyIdInfo: { id: 'ACME-1' }, briefTitle: 'A & B <trial>' },
  statusModule: {
    overallStatus: 'RECRUITING',
    statusVerifiedDate: '2025-01',
    startDateStruct: { date: '2025-02-03', type: 'ESTIMATED' },
  },
  sponsorCollaboratorsModule: {
    leadSponsor: { name: 'ACME' },
    responsibleParty: { type: 'PRINCIPAL_INVESTIGATOR', investigatorFullName: 'Ada Lovelace' },
  },
  descriptionModule: { briefSummary: 'Line one.\n\n* item' },
  designModule: {
    studyType: 'INTERVENTIONAL',
    phases: ['PHASE1', 'PHASE2'],
    designInfo: {
      allocation: 'RANDOMIZED',
      interventionModel: 'SINGLE_GROUP',
      primaryPurpose: 'TREATMENT',
      maskingInfo: { masking: 'DOUBLE', whoMasked: ['PARTICIPANT', 'INVESTIGATOR'] },
    },
    enrollmentInfo: { count: 40, type: 'ESTIMATED' },
  },
  armsInterventionsModule: {
    armGroups: [{ label: 'Arm A', type: 'EXPERIMENTAL', interventionNames: ['Biological: Vaccine X'] }],
    interventions: [{ type: 'BIOLOGICAL', name: 'Vaccine X', armGroupLabels: ['Arm A'] }],
  },
  eligibilityModule: { eligibilityCriteria: 'Inclusion Criteria:\n\n* adults', sex: 'ALL', minimumAge: '18 Years' },
});

describe('registry XML export', () => {
  it('writes enum codes as the XSD display values, phases as one string, dates as written', () => {
    const { xml } = exportRegistryXml(DESIGNED, { orgName: 'ACME' });
    for (const expected of [
      '<org_name>ACME</org_name>',
      '<allocation>Randomized</allocation>',
      '<assignment>Single Group Assignment</assignment>',
      '<phase>Phase 1/Phase 2</phase>',
      '<start_date>2025-02-03</start_date>',
      '<start_date_type>Anticipated</start_date_type>',
      '<enrollment_type>Anticipated</enrollment_type>',
      '<intervention_type>Biological/Vaccine</intervention_type>',
      '<masked_subject>yes</masked_subject>',
      '<masked_caregiver>no</masked_caregiver>',
      '<maximum_age>N/A</maximum_age>',
      '<resp_party_type>Principal Investigator</resp_party_type>',
      '<brief_title>A &amp; B &lt;trial&gt;</brief_title>',
    ]) {
      assert.ok(xml.includes(expected), `expected ${expected} in\n${xml}`);
    }
  });

  it('keeps the XSD element order, the arm cross-reference under intervention, text as text blocks', () => {
    const { xml } = exportRegistryXml(DESIGNED, { orgName: 'ACME' });
    const order = [
      '<id_info>',
      '<brief_title>',
      '<sponsors>',
      '<brief_summary>',
      '<overall_status>',
      '<start_date>',
      '<study_design>',
      '<enrollment>',
      '<arm_group>',
      '<intervention>',
      '<eligibility>',
    ];
    const positions = order.map((tag) => xml.indexOf(tag));
    assert.deepEqual(
      [...positions].sort((a, b) => a - b),
      positions,
      `order: ${positions.join(', ')}`,
    );
    assert.match(xml, /<intervention>[\s\S]*<arm_group_label>Arm A<\/arm_group_label>[\s\S]*<\/intervention>/);
    assert.match(xml, /<criteria>\s*<textblock>Inclusion Criteria:\n\n\* adults<\/textblock>/);
  });

  it('reports what the XSD cannot hold with its pointer, and the missing PRS organisation name', () => {
    const { findings, lostPointers } = exportRegistryXml(DESIGNED, {});
    const byRule = (rule: string) =>
      findings.filter((finding) => finding.ruleId === rule).map((finding) => finding.pointer);
    assert.deepEqual(byRule('export/missing-setting'), ['/protocolSection/identificationModule/organization']);
    assert.deepEqual(byRule('export/no-place'), [
      '/protocolSection/sponsorCollaboratorsModule/responsibleParty/investigatorFullName',
    ]);
    assert.ok(
      lostPointers.includes('/protocolSection/sponsorCollaboratorsModule/responsibleParty/investigatorFullName'),
    );
    const clean = exportRegistryXml(DESIGNED, { orgName: 'ACME' }).findings;
    assert.deepEqual(
      clean.filter((finding) => finding.ruleId === 'export/missing-setting'),
      [],
    );
  });

  it('reports a field no exporter reads (a typo or an unknown key) instead of dropping it', () => {
    const record = study({
      ...DESIGNED.protocolSection,
      conditionsModule: { conditions: ['Flu'], conditionz: ['typo'] },
    });
    const { findings } = exportRegistryXml(record, { orgName: 'ACME' });
    const finding = findings.find((item) => item.pointer === '/protocolSection/conditionsModule/conditionz/0');
    assert.ok(finding, JSON.stringify(findings, null, 1));
    assert.equal(finding.ruleId, 'export/no-place');
    assert.equal(finding.severity, 'warning');
  });

  it('reports a value with no XSD equivalent and writes what it says it wrote', () => {
    const record = study({
      ...DESIGNED.protocolSection,
      designModule: { ...(DESIGNED.protocolSection.designModule as object), phases: ['PHASE1', 'PHASE3'] },
    });
    const { xml, findings } = exportRegistryXml(record, { orgName: 'ACME' });
    const finding = findings.find((item) => item.ruleId === 'export/value-not-allowed');
    assert.equal(finding?.pointer, '/protocolSection/designModule/phases');
    assert.ok(xml.includes('<phase>PHASE1/PHASE3</phase>'));
  });

  it('gives every results group id a document-unique XML id and resolves every reference', () => {
    for (const file of filesIn(FIXTURE_RECORDS, '.json')) {
      const record = readRecord(file) as { resultsSection?: unknown };
      if (!record.resultsSection) continue;
      const { xml } = exportRegistryXml(record, { orgName: 'X' });
      const ids = [...xml.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
      assert.equal(new Set(ids).size, ids.length, `${basename(file)}: duplicate ids`);
      const refs = [...xml.matchAll(/<(?:reportingGroupId|outcomeReportingGroupId)>([^<]*)</g)].map(
        (match) => match[1],
      );
      assert.ok(refs.length > 0, basename(file));
      for (const ref of refs) assert.ok(ids.includes(ref), `${basename(file)}: dangling reference ${ref}`);
    }
  });

  it('never throws on something that is not a record', () => {
    for (const value of [null, 42, 'text', [], { protocolSection: 'x' }]) {
      const result = exportRegistryXml(value);
      assert.ok(Array.isArray(result.findings));
    }
  });
});

/** Records that cannot validate, with the reason (none today; listed here if one appears). */
const KNOWN_INVALID: Readonly<Record<string, string>> = {};

function validateExports(files: readonly string[]): { valid: number; failures: string[] } {
  const folder = mkdtempSync(join(tmpdir(), 'trial-record-prs-xml-'));
  const written = files.map((file) => {
    const out = join(folder, `${basename(file).replace(/\.(trial\.)?(json|yaml|yml)$/, '')}.xml`);
    writeFileSync(out, exportRegistryXml(readRecord(file), { orgName: 'TEST' }).xml);
    return out;
  });
  const results = validateAgainstXsd(written, XSD);
  const failures = [...results]
    .filter(([file, errors]) => errors.length > 0 && !(basename(file, '.xml') in KNOWN_INVALID))
    .map(([file, errors]) => `${basename(file)}: ${errors.slice(0, 3).join(' | ')}`);
  return { valid: [...results.values()].filter((errors) => errors.length === 0).length, failures };
}

describe('registry XML export validates against ProtocolRecordSchema.xsd (xmllint)', function () {
  this.timeout(180_000);
  before(() => {
    // Not skipped: .ci/run installs it, and a clone that cannot validate should say so.
    if (!xmllintAvailable()) assert.fail('xmllint not found: install the Debian package libxml2-utils (.ci/run does).');
  });

  it('the validation itself catches an invalid document', () => {
    const folder = mkdtempSync(join(tmpdir(), 'trial-record-prs-xml-'));
    const file = join(folder, 'broken.xml');
    writeFileSync(
      file,
      '<?xml version="1.0"?><prs:study_collection xmlns:prs="http://clinicaltrials.gov/prs">' +
        '<clinical_study><brief_title>x</brief_title></clinical_study></prs:study_collection>',
    );
    assert.ok((validateAgainstXsd([file], XSD).get(file) ?? []).length > 0);
  });

  it('every vendored record (60, 10 with results) and every example validates', () => {
    const files = [...filesIn(FIXTURE_RECORDS, '.json'), ...EXAMPLES];
    const { valid, failures } = validateExports(files);
    assert.deepEqual(failures, []);
    assert.equal(valid, files.length);
  });

  it('records with wrong types anywhere (seeded mutations) still export to valid XML', () => {
    const odd: unknown[] = [null, 42, true, 'x', [], {}, [1, 'a'], { a: 1 }, '<&>\u0001'];
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const mutate = (node: unknown): void => {
      if (node === null || typeof node !== 'object') return;
      const container = node as Record<string, unknown>;
      for (const key of Object.keys(container)) {
        if (random() < 0.03) container[key] = odd[Math.floor(random() * odd.length)];
        else mutate(container[key]);
      }
    };
    const folder = mkdtempSync(join(tmpdir(), 'trial-record-prs-xml-'));
    const files = filesIn(FIXTURE_RECORDS, '.json').flatMap((file, index) =>
      [0, 1].map((round) => {
        const record = readRecord(file);
        mutate(record);
        const out = join(folder, `${index}-${round}.xml`);
        writeFileSync(out, exportRegistryXml(record, {}).xml);
        return out;
      }),
    );
    const invalid = [...validateAgainstXsd(files, XSD)].filter(([, errors]) => errors.length > 0);
    assert.deepEqual(invalid, []);
  });

  itWithSharedCorpus('every record of the shared corpus validates', () => {
    const files = filesIn(SHARED_V2, '.json');
    const { valid, failures } = validateExports(files);
    assert.deepEqual(failures, []);
    console.log(
      `      ${valid} of ${files.length} corpus exports validate; ` +
        `known exceptions: ${Object.keys(KNOWN_INVALID).length}`,
    );
  });
});
