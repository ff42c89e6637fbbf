// Writes schemas/trial-record.schema.json from the zod model. Run: npx tsx scripts/generate-json-schema.ts
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { jsonSchemaText } from '../server/src/core/schema/jsonSchema';

const target = resolve(__dirname, '..', 'schemas', 'trial-record.schema.json');
writeFileSync(target, jsonSchemaText());
console.log(`wrote ${target}`);
