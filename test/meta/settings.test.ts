import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { configFileJsonSchemaText, parseConfig, ruleSettingsSchema } from '../../server/src/core/engine';

const manifest = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, { type: string; additionalProperties?: unknown }> } };
};

describe('meta: rule settings are described once', () => {
  it('package.json offers exactly the levels the settings schema accepts for trialRecord.rules', () => {
    const setting = manifest.contributes.configuration.properties['trialRecord.rules'];
    const generated = z.toJSONSchema(ruleSettingsSchema) as { type: string; additionalProperties: unknown };
    assert.equal(setting.type, generated.type);
    assert.deepEqual(setting.additionalProperties, generated.additionalProperties);
  });

  it('schemas/trialrecordrc.schema.json equals what the generator produces now (npm run generate)', () => {
    const committed = readFileSync(join(__dirname, '../../schemas/trialrecordrc.schema.json'), 'utf8');
    assert.ok(
      committed === configFileJsonSchemaText(),
      'schemas/trialrecordrc.schema.json is stale: run npm run generate',
    );
  });

  it('the schema editors use for .trialrecordrc.json and the CLI reject the same wrong level', () => {
    const schema = JSON.parse(configFileJsonSchemaText()) as {
      properties: { rules: { additionalProperties: { enum: string[] } } };
    };
    assert.ok(!schema.properties.rules.additionalProperties.enum.includes('warn'));
    assert.match(
      parseConfig('{ "rules": { "schema/enum": "warn" } }').problems[0],
      /"rules"\["schema\/enum"\]: "warn" is not a level/,
    );
  });
});
