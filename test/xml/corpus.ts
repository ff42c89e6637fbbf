/** Where the test records live: vendored fixtures always, the shared corpus when present. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTrialRecordService, systemClock } from '../../server/src/core';

export const ROOT = join(__dirname, '../..');
export const FIXTURE_RECORDS = join(ROOT, 'test/fixtures/records');
export const FIXTURE_LEGACY = join(ROOT, 'test/fixtures/legacyxml');
export const XSD = join(ROOT, 'test/fixtures/xsd/ProtocolRecordSchema.xsd');
export const SHARED_V2 = join(ROOT, '../shared/corpus/v2json');
export const SHARED_LEGACY = join(ROOT, '../shared/corpus/legacyxml');

export function filesIn(folder: string, extension: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(folder, name));
}

/** A record file (JSON or YAML) as its value. */
export function readRecord(file: string): unknown {
  if (file.endsWith('.json')) return JSON.parse(readFileSync(file, 'utf8'));
  const service = createTrialRecordService({ clock: systemClock });
  return service.parse(readFileSync(file, 'utf8'), file.endsWith('.json') ? 'json' : 'yaml').value;
}

export const EXAMPLES = filesIn(join(ROOT, 'examples'), '.yaml');
