/** Registry XML (PRS upload/download, or the classic public XML) → a v2 study record. */
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import type { RegistryXmlFinding } from './findings';
import { classicRecord } from './importClassic';
import { resultsSection } from './importResults';
import { ImportContext, reportUnread } from './importShared';
import { uploadProtocol } from './importUpload';
import { compact } from './recordShape';
import { XmlNode, type RawXml } from './xmlNode';

export type RegistryXmlDialect = 'prs-upload' | 'classic-public';

export interface RegistryXmlImport {
  /** The v2 record (keys in the registry's module order), or undefined when the file is not a registry record. */
  readonly record?: Record<string, unknown>;
  readonly dialect?: RegistryXmlDialect;
  readonly findings: RegistryXmlFinding[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  removeNSPrefix: true,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/** Imports the first `clinical_study` of a registry XML document. Never throws. */
export function importRegistryXml(text: string): RegistryXmlImport {
  const ctx = new ImportContext();
  try {
    SyntaxValidator.validate(text);
  } catch (error) {
    const { line, col } = error as { line?: number; col?: number };
    const message = error instanceof Error ? error.message : String(error);
    ctx.report(
      'import/not-xml',
      `line ${line ?? '?'}`,
      `The file is not well-formed XML (line ${line ?? '?'}, column ${col ?? '?'}): ${message}`,
      'error',
    );
    return { findings: ctx.findings };
  }
  let parsed: Record<string, unknown>;
  try {
    parsed = parser.parse(text) as Record<string, unknown>;
  } catch (error) {
    ctx.report(
      'import/not-xml',
      '',
      `The XML could not be read: ${error instanceof Error ? error.message : String(error)}`,
      'error',
    );
    return { findings: ctx.findings };
  }
  const registry: XmlNode[] = [];
  let study: XmlNode | undefined;
  let dialect: RegistryXmlDialect = 'prs-upload';
  if (parsed.study_collection !== undefined) {
    const collection = new XmlNode(parsed.study_collection as RawXml, '/study_collection', registry, false);
    const studies = collection.all('clinical_study');
    study = studies[0];
    if (studies.length > 1)
      ctx.report(
        'import/not-mapped',
        '/study_collection',
        `The file holds ${studies.length} studies; only the first was imported.`,
      );
  } else if (parsed.clinical_study !== undefined && typeof parsed.clinical_study === 'object') {
    const raw = parsed.clinical_study as Record<string, unknown>;
    const design = raw.study_design;
    const isUpload =
      (typeof design === 'object' && design !== null && 'study_type' in design) ||
      (typeof raw.id_info === 'object' && raw.id_info !== null && 'org_name' in raw.id_info);
    dialect = isUpload ? 'prs-upload' : 'classic-public';
    study = new XmlNode(raw, '/clinical_study', registry, !isUpload);
  }
  if (!study || typeof study.raw !== 'object') {
    ctx.report(
      'import/not-xml',
      '/',
      'The XML is not a registry record: expected <study_collection> ' +
        '(PRS upload) or <clinical_study> (public download) at the top.',
      'error',
    );
    return { findings: ctx.findings };
  }
  let record: Record<string, unknown>;
  if (dialect === 'classic-public') record = classicRecord(ctx, study);
  else {
    const result = study.one('result');
    record = {
      protocolSection: uploadProtocol(ctx, study),
      resultsSection: result ? resultsSection(ctx, result) : undefined,
    };
  }
  reportUnread(ctx, registry);
  return { record: compact(record) ?? {}, dialect, findings: ctx.findings };
}
