// Writes schemas/trial-record.schema.json from the zod model and schemas/trialrecordrc.schema.json
// from the rule settings schema. Run: npx tsx scripts/generate-json-schema.ts
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { configFileJsonSchemaText } from '../server/src/core/engine';
import { jsonSchemaText } from '../server/src/core/schema/jsonSchema';

for (const [name, text] of [
  ['trial-record.schema.json', jsonSchemaText()],
  ['trialrecordrc.schema.json', configFileJsonSchemaText()],
] as const) {
  const target = resolve(__dirname, '..', 'schemas', name);
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
