/** The registry's XML formats: export to the PRS upload XML, import of upload and classic public XML. */
export { exportRegistryXml, type RegistryXmlExport } from './exportRecord';
export type { RegistryXmlSettings } from './exportContext';
export { importRegistryXml, type RegistryXmlImport, type RegistryXmlDialect } from './importXml';
export { REGISTRY_XML_FINDINGS, type RegistryXmlFinding, type RegistryXmlFindingId } from './findings';
