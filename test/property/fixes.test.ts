import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { createTrialRecordService, fixedClock } from '../../server/src/core';
import { applyTextEdits, planTextEdits } from '../../server/src/core/edit';
import type { Finding, Fix, JsonValue, RecordFormat } from '../../server/src/core/types';
import { recordFiles, type RecordFile } from '../records';

const SAMPLE_SIZE = 200;

const service = createTrialRecordService({ clock: fixedClock('2025-01-15') });

/** `<rule> <pointer>`; a missing field is named by its own pointer (its finding sits on the parent). */
function schemaErrors(findings: readonly Finding[]): Set<string> {
  const pointerOf = (f: Finding) =>
    typeof f.data?.missingKey === 'string' ? `${f.pointer}/${f.data.missingKey}` : f.pointer;
  return new Set(
    findings
      .filter((f) => f.ruleId.startsWith('schema/') && f.severity === 'error')
      .map((f) => `${f.ruleId} ${pointerOf(f)}`),
  );
}

/**
 * Pointers where a fix writes an empty string: "Add <field>" fixes leave blanks for the author
 * to fill (editors offer them as tab stops), and a blank is reported as missing, or a blank enum
 * or date as wrong, until then. Errors there are expected.
 */
function placeholdersOf(fix: Fix): Set<string> {
  const found = new Set<string>();
  const visit = (value: JsonValue, pointer: string) => {
    if (value === '') found.add(pointer);
    else if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${pointer}/${index}`));
    else if (value !== null && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) visit(item, `${pointer}/${key}`);
  };
  for (const operation of fix.operations)
    if (operation.op === 'add' || operation.op === 'replace') visit(operation.value, operation.path);
  return found;
}

interface Failure {
  readonly file: string;
  readonly format: RecordFormat;
  readonly fix: string;
  readonly problem: string;
}

/** Applies each offered fix alone; the result must parse and add no schema error. */
function checkFixes(file: string, text: string, format: RecordFormat, failures: Failure[]): number {
  const doc = service.parse(text, format);
  const findings = service.check(doc);
  const before = schemaErrors(findings);
  let applied = 0;
  for (const finding of findings) {
    for (const fix of finding.fixes ?? []) {
      const label = `${finding.ruleId} at ${finding.pointer}: ${fix.title}`;
      const plan = planTextEdits(doc, fix.operations);
      if ('error' in plan) {
        failures.push({ file, format, fix: label, problem: `not planned: ${plan.error}` });
        continue;
      }
      applied++;
      const fixed = service.parse(applyTextEdits(text, plan.edits), format);
      if (fixed.syntaxFindings.length > 0) {
        failures.push({ file, format, fix: label, problem: `does not parse: ${fixed.syntaxFindings[0].message}` });
        continue;
      }
      const placeholders = placeholdersOf(fix);
      const added = [...schemaErrors(service.check(fixed))].filter(
        (key) => !before.has(key) && !placeholders.has(key.slice(key.indexOf(' ') + 1)),
      );
      if (added.length > 0)
        failures.push({ file, format, fix: label, problem: `new schema errors: ${added.join(', ')}` });
    }
  }
  return applied;
}

/** Evenly spread over the corpus, so the sample is not just the oldest NCT numbers. */
function sample(files: readonly RecordFile[], size: number): RecordFile[] {
  const step = Math.max(1, Math.floor(files.length / size));
  return files.filter((_, index) => index % step === 0).slice(0, size);
}

describe('property: every offered fix applies cleanly to real records', function () {
  this.timeout(600_000);

  it(`keeps up to ${SAMPLE_SIZE} real records parsable, as JSON and as YAML, with no new schema errors`, () => {
    const files = sample(recordFiles(), SAMPLE_SIZE);
    assert.ok(files.length >= 60, `${files.length} records`);
    const failures: Failure[] = [];
    let applied = 0;
    for (const file of files) {
      const json = readFileSync(file.path, 'utf8');
      applied += checkFixes(file.name, json, 'json', failures);
      applied += checkFixes(file.name, stringify(JSON.parse(json)), 'yaml', failures);
    }
    assert.ok(applied > 0, 'no fix was offered at all');
    if (process.env.FIX_REPORT) console.log(JSON.stringify(failures));
    assert.deepEqual(failures.slice(0, 20), [], `${failures.length} of ${applied} fixes failed`);
  });

  it('fix-all on the same records parses and is stable the second time', () => {
    for (const { name: file, path } of sample(recordFiles(), SAMPLE_SIZE)) {
      const json = readFileSync(path, 'utf8');
      for (const [format, text] of [
        ['json', json],
        ['yaml', stringify(JSON.parse(json))],
      ] as const) {
        const once = applyTextEdits(text, service.fixAll(service.parse(text, format)));
        const reparsed = service.parse(once, format);
        assert.deepEqual(reparsed.syntaxFindings, [], `${file} (${format}) does not parse after fix-all`);
        assert.deepEqual(
          service.fixAll(reparsed),
          [],
          `${file} (${format}): fix-all changes something the second time`,
        );
      }
    }
  });
});
