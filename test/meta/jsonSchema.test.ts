import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateJsonSchema, jsonSchemaText } from '../../server/src/core/schema';

const committedPath = resolve(__dirname, '..', '..', 'schemas', 'trial-record.schema.json');

describe('schemas/trial-record.schema.json', () => {
  it('equals what the generator produces from the zod model now', () => {
    const committed = readFileSync(committedPath, 'utf8');
    assert.ok(
      committed === jsonSchemaText(),
      'schemas/trial-record.schema.json is stale: run npx tsx scripts/generate-json-schema.ts',
    );
  });

  it('carries registry titles, requirement notes and enum labels', () => {
    type Node = { properties: Record<string, Node>; [keyword: string]: unknown };
    const schema = generateJsonSchema() as Node;
    const protocol = schema.properties.protocolSection;
    const allocation = protocol.properties.designModule.properties.designInfo.properties.allocation;
    assert.equal(allocation.title, 'Allocation');
    assert.deepEqual(allocation.enum, ['RANDOMIZED', 'NON_RANDOMIZED', 'NA']);
    assert.deepEqual(allocation.enumDescriptions, [
      'Randomized',
      'Non-Randomized — PRS/XSD "Non-randomized"',
      'N/A — single-arm studies',
    ]);
    assert.match(String(allocation.markdownDescription), /Required for interventional studies/);
    assert.equal(protocol.additionalProperties, false);
  });
});
