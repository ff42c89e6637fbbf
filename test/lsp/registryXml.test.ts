import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { parse as parseYaml } from 'yaml';
import {
  ExportFindingCountRequest,
  ExportRegistryXmlRequest,
  ImportRegistryXmlRequest,
  type ExportFindingCountResult,
  type ExportRegistryXmlResult,
  type ImportRegistryXmlResult,
} from '../../server/src/lsp/protocol';
import { XSD } from '../xml/corpus';
import { validateAgainstXsd, xmllintAvailable } from '../xml/xmllint';
import { serverPerTest } from './lspClient';

const FIXTURES = join(__dirname, '../fixtures');
const RECORD_FILE = join(FIXTURES, 'records/NCT00203242.json');
const RECORD_URI = pathToFileURL(RECORD_FILE).href;
const LEGACY_XML = readFileSync(join(FIXTURES, 'legacyxml/NCT00002475.xml'), 'utf8');

describe('language server: registry XML requests', function () {
  this.timeout(30_000);
  const server = serverPerTest();
  const exportOf = (uri: string, orgName?: string) =>
    server().connection.sendRequest<ExportRegistryXmlResult>(ExportRegistryXmlRequest, { uri, orgName });

  it('exports an open record to upload XML that validates, and says the NCT id is not uploaded', async () => {
    if (!xmllintAvailable()) assert.fail('xmllint not found: install the Debian package libxml2-utils (.ci/run does).');
    await server().open(RECORD_URI, 'trial-record-json', readFileSync(RECORD_FILE, 'utf8'));
    const result = await exportOf(RECORD_URI, 'ACME');
    assert.equal(result.version, 1);
    assert.equal(result.syntaxError, undefined);
    assert.match(result.xml, /<org_study_id>SDS\/DEP\/01<\/org_study_id>/);
    assert.match(result.xml, /<brief_title>An Open Label Study Using Consecutive Intravenous Depacon/);
    // The upload schema has no NCT number (the registry assigns it): a finding on its line says so.
    assert.doesNotMatch(result.xml, /NCT00203242/);
    const nctId = (result.diagnostics as Diagnostic[]).find(
      (item) => typeof item.message === 'string' && item.message.includes('NCT number'),
    );
    assert.ok(nctId, 'a finding on the NCT number');
    assert.equal(nctId.code, 'export/registry-assigned');
    const text = readFileSync(RECORD_FILE, 'utf8');
    assert.equal(nctId.range.start.line, text.slice(0, text.indexOf('"nctId"')).split('\n').length - 1);
    const file = join(mkdtempSync(join(tmpdir(), 'trial-record-lsp-xml-')), 'export.xml');
    writeFileSync(file, result.xml);
    assert.deepEqual(validateAgainstXsd([file], XSD).get(file), []);
  });

  it('reports export findings as diagnostics with the rule id, and counts the same ones', async () => {
    await server().open(RECORD_URI, 'trial-record-json', readFileSync(RECORD_FILE, 'utf8'));
    const { diagnostics } = await exportOf(RECORD_URI);
    const missingOrg = (diagnostics as Diagnostic[]).find((item) => item.code === 'export/missing-setting');
    assert.ok(missingOrg, 'no PRS organisation name given: the export says so');
    assert.equal(missingOrg.source, 'registry XML export');
    assert.match(missingOrg.codeDescription?.href ?? '', /registry-xml\.md#/);
    const problems = (diagnostics as Diagnostic[]).filter((item) => item.severity === 1 || item.severity === 2);
    const counted = await server().connection.sendRequest<ExportFindingCountResult | null>(ExportFindingCountRequest, {
      uri: RECORD_URI,
    });
    assert.deepEqual(counted, { version: 1, count: problems.length });
  });

  it('answers a broken record with a clear message, and keeps serving', async () => {
    const uri = 'file:///tmp/broken.trial.yaml';
    await server().open(uri, 'trial-record', 'protocolSection:\n  identificationModule: [unclosed\n');
    const broken = await exportOf(uri);
    assert.equal(broken.xml, '');
    assert.ok(broken.syntaxError && broken.syntaxError.length > 10, broken.syntaxError);
    assert.equal(await server().connection.sendRequest(ExportFindingCountRequest, { uri }), null);

    // Parses, but is not the shape of a record: exported as far as it goes, with findings.
    const shapeless = 'file:///tmp/shapeless.trial.yaml';
    await server().open(shapeless, 'trial-record', 'protocolSection: [1, 2]\nresultsSection: yes\n');
    const odd = await exportOf(shapeless);
    assert.equal(odd.syntaxError, undefined);
    assert.match(odd.xml, /<prs:study_collection/);

    await assert.rejects(exportOf('file:///tmp/never-opened.trial.yaml'), /Open the record in the editor/);
    await server().open(RECORD_URI, 'trial-record-json', readFileSync(RECORD_FILE, 'utf8'));
    assert.match((await exportOf(RECORD_URI)).xml, /<brief_title>An Open Label/, 'the server still answers');
  });

  it('imports registry XML as a YAML and a JSON record, and reports XML that is not well-formed', async () => {
    const imported = await server().connection.sendRequest<ImportRegistryXmlResult>(ImportRegistryXmlRequest, {
      text: LEGACY_XML,
    });
    assert.ok(imported.record, JSON.stringify(imported.findings.slice(0, 3)));
    assert.equal(imported.record.nctId, 'NCT00002475');
    const fromJson = JSON.parse(imported.record.json) as { protocolSection: { identificationModule: object } };
    assert.deepEqual(parseYaml(imported.record.yaml), fromJson);
    assert.equal((fromJson.protocolSection.identificationModule as { nctId: string }).nctId, 'NCT00002475');

    const broken = await server().connection.sendRequest<ImportRegistryXmlResult>(ImportRegistryXmlRequest, {
      text: '<clinical_study>\n  <brief_title>x</brief_title>\n</clinical_stud>',
    });
    assert.equal(broken.record, undefined);
    assert.equal(broken.findings[0]?.ruleId, 'import/not-xml');
    assert.match(broken.findings[0]?.message ?? '', /not well-formed XML \(line 3, column \d+\)/);
  });
});
