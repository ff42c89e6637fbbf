import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ruleSettingsSchema } from '../../server/src/core/engine';

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
});
