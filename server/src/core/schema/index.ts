export { validateStudy, type SchemaCache } from './validateStudy';
export { SCHEMA_FINDINGS, SCHEMA_FINDING_IDS, schemaFindingSeverity, type SchemaFindingId } from './findingIds';
export { closestMatch, editDistance, type Suggestion } from './didYouMean';
export { generateJsonSchema, jsonSchemaText } from './jsonSchema';
